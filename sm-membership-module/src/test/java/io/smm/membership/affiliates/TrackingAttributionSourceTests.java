package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class TrackingAttributionSourceTests {

    private static final String STORE = "DEFAULT";
    private static final String CART = "cart-1";
    private static final Instant AT = Instant.parse("2026-03-31T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(30);

    private final TrackingKeys keys = new TrackingKeys("a secret every node shares", null);
    private final AffiliateDirectory directory = mock(AffiliateDirectory.class);
    private final TrackingService tracking = mock(TrackingService.class);
    private final TrackingAttributionSource source = new TrackingAttributionSource(directory, tracking,
            new TrackingCookies("smm_aff", keys, tracking));
    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @BeforeEach
    void twoActiveAffiliatesAndASuspendedOne() {
        when(directory.termsOf(STORE)).thenReturn(AffiliateTerms.defaults());
        when(directory.byId(STORE, 1)).thenReturn(Optional.of(card(1, AffiliateStatus.ACTIVE)));
        when(directory.byId(STORE, 2)).thenReturn(Optional.of(card(2, AffiliateStatus.ACTIVE)));
        when(directory.byId(STORE, 3)).thenReturn(Optional.of(card(3, AffiliateStatus.SUSPENDED)));
        when(tracking.referralOfCart(eq(STORE), any())).thenReturn(Optional.empty());
        request.setRemoteAddr("203.0.113.7");
    }

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void outsideARequestOnlyTheCartCounts() {
        when(tracking.referralOfCart(STORE, CART)).thenReturn(Optional.of(referral(2, AT.minus(WINDOW))));

        Optional<Attribution> attribution = source.clickAttribution(STORE, CART, AT);

        assertThat(attribution).get().satisfies(credited -> {
            assertThat(credited.affiliateId()).isEqualTo(2);
            assertThat(credited.source()).isEqualTo(Attribution.Source.CART);
            assertThat(credited.clickedAt()).contains(AT.minus(WINDOW));
            assertThat(credited.trackingId()).contains("aff-2");
        });
    }

    @Test
    void theLatestOfTheRequestsCookieAndTheCartWins() {
        inRequestWithCookie(referral(1, AT.minusSeconds(60)));
        when(tracking.referralOfCart(STORE, CART)).thenReturn(Optional.of(referral(2, AT.minusSeconds(120))));

        Optional<Attribution> attribution = source.clickAttribution(STORE, CART, AT);

        assertThat(attribution).get().satisfies(credited -> {
            assertThat(credited.affiliateId()).isEqualTo(1);
            assertThat(credited.source()).isEqualTo(Attribution.Source.COOKIE);
        });
    }

    @Test
    void aSuspendedAffiliateIsCreditedNothingAndCountedWhenTheRequestCounts() {
        inRequestWithCookie(referral(3, AT.minusSeconds(60)));

        Optional<Attribution> attribution = source.clickAttribution(STORE, CART, AT);

        assertThat(attribution).isEmpty();
        verify(tracking, never()).reject(any(), any(), any(), any());
        IgnoredClicks.count(request, tracking);
        verify(tracking).reject(STORE, RejectReason.SUSPENDED, "aff-3", "203.0.113.7");
    }

    @Test
    void aTamperedCookieIsIgnoredAndCountedOncePerRequest() {
        String genuine = new CookieCodec(keys.key()).encode(STORE, referral(1, AT)).orElseThrow();
        request.setCookies(new Cookie("smm_aff", genuine.replace("v1.DEFAULT.1.", "v1.DEFAULT.2.")));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        Optional<Attribution> first = source.clickAttribution(STORE, CART, AT);
        Optional<Attribution> again = source.clickAttribution(STORE, CART, AT);

        assertThat(first).isEmpty();
        assertThat(again).isEmpty();
        IgnoredClicks.count(request, tracking);
        IgnoredClicks.count(request, tracking);
        verify(tracking).reject(STORE, RejectReason.TAMPERED_COOKIE, null, "203.0.113.7");
    }

    @Test
    void aCookieOneSecondPastTheWindowCreditsNothing() {
        inRequestWithCookie(referral(1, AT.minus(WINDOW).minusSeconds(1)));

        assertThat(source.clickAttribution(STORE, CART, AT)).isEmpty();
        IgnoredClicks.count(request, tracking);
        verify(tracking).reject(STORE, RejectReason.EXPIRED_COOKIE, null, "203.0.113.7");
        verify(tracking, never()).reject(eq(STORE), eq(RejectReason.SUSPENDED), any(), any());
    }

    private void inRequestWithCookie(Referral referral) {
        request.setCookies(new Cookie("smm_aff", new CookieCodec(keys.key()).encode(STORE, referral).orElseThrow()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static Referral referral(long affiliate, Instant at) {
        return Referral.of(new ReferralClick(affiliate, affiliate * 10, at));
    }

    private static AffiliateCard card(long id, AffiliateStatus status) {
        return new AffiliateCard(id, STORE, "Affiliate " + id, id + "@example.com", null, status, "aff-" + id,
                BigDecimal.TEN, Map.of(), null);
    }
}
