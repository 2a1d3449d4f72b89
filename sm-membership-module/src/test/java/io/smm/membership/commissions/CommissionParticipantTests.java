package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateStatus;
import io.smm.membership.affiliates.Attribution;
import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.identity.Shopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.orders.OrderFacts;

class CommissionParticipantTests {

    private static final Currency CAD = Currency.getInstance("CAD");
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final FakeAffiliates affiliates = new FakeAffiliates()
            .with(affiliate(1, AffiliateStatus.ACTIVE, 42L, "ann@example.com"))
            .with(affiliate(2, AffiliateStatus.ACTIVE, null, "bob@example.com"))
            .with(affiliate(3, AffiliateStatus.SUSPENDED, null, "cy@example.com"));
    private final CommissionLedger ledger = mock(CommissionLedger.class);
    private final CommissionParticipant participant = new CommissionParticipant(affiliates, affiliates, ledger,
            new CommissionRule(new MoneyRule(RoundingMode.HALF_UP)), Clock.fixed(NOW, ZoneOffset.UTC));
    private final Checkout checkout = new Checkout(() -> Shopper.guest("DEFAULT"));
    private final CheckoutCart cart = checkout.cart("CART-1", "DEFAULT", "CAD");

    @Test
    void aPromoCodeBoundToAnActiveAffiliateWinsOverTheClicks() {
        affiliates.coupons.put("ANN10", 1L);
        affiliates.clicksByCart.put("CART-1", click(2));

        CommissionQuote quote = participant.quote(checkout, cart, contents("ANN10", "shopper@example.com"));

        assertThat(quote.attribution().affiliateId()).isEqualTo(1);
        assertThat(quote.attribution().source()).isEqualTo(Attribution.Source.COUPON);
    }

    @Test
    void aPromoCodeBoundToASuspendedAffiliateLeavesTheCartToItsClicks() {
        affiliates.coupons.put("CY10", 3L);
        affiliates.clicksByCart.put("CART-1", click(2));

        CommissionQuote quote = participant.quote(checkout, cart, contents("CY10", "shopper@example.com"));

        assertThat(quote.attribution().affiliateId()).isEqualTo(2);
        assertThat(quote.attribution().source()).isEqualTo(Attribution.Source.CART);
    }

    @Test
    void aCartCreditedToNoAffiliateHasNoQuote() {
        assertThat(participant.quote(checkout, cart, contents(null, "shopper@example.com"))).isNull();
    }

    @Test
    void writesAPendingCommissionDueOnceTheReturnWindowHasPassed() {
        affiliates.clicksByCart.put("CART-1", click(2));
        CommissionQuote quote = participant.quote(checkout, cart, contents(null, "shopper@example.com"));

        participant.confirm(checkout, cart, quote, order(7L));

        Commission written = written();
        assertThat(written.getState()).isEqualTo(CommissionState.PENDING);
        assertThat(written.getAmount()).isEqualByComparingTo("5.00"); // 100.00 eligible at the default 5 %
        assertThat(written.getAffiliateId()).isEqualTo(2);
    }

    @Test
    void writesTheAffiliatesOwnOrderFlaggedAndWorthNothing() {
        affiliates.coupons.put("ANN10", 1L);
        CommissionQuote quote = participant.quote(checkout, cart, contents("ANN10", "someone@example.com"));

        participant.confirm(checkout, cart, quote, order(42L));

        Commission written = written();
        assertThat(written.getState()).isEqualTo(CommissionState.FLAGGED);
        assertThat(written.getAmount()).isEqualByComparingTo("0");
    }

    @Test
    void writesNothingWhenTheAffiliateWasSuspendedWhileTheHostTookThePayment() {
        affiliates.clicksByCart.put("CART-1", click(2));
        CommissionQuote quote = participant.quote(checkout, cart, contents(null, "shopper@example.com"));
        affiliates.with(affiliate(2, AffiliateStatus.SUSPENDED, null, "bob@example.com"));

        participant.confirm(checkout, cart, quote, order(7L));

        verify(ledger, never()).earn(any());
    }

    @Test
    void writesNothingForAnotherOrderOfACartThatEarnedAlready() {
        affiliates.clicksByCart.put("CART-1", click(2));
        CommissionQuote quote = participant.quote(checkout, cart, contents(null, "shopper@example.com"));
        when(ledger.cartCredited("DEFAULT", "CART-1")).thenReturn(true);

        participant.confirm(checkout, cart, quote, order(7L));

        verify(ledger, never()).earn(any());
    }

    private Commission written() {
        ArgumentCaptor<Commission> written = ArgumentCaptor.forClass(Commission.class);
        verify(ledger).earn(written.capture());
        return written.getValue();
    }

    private static AffiliateCard affiliate(long id, AffiliateStatus status, Long customerId, String email) {
        return new AffiliateCard(id, "DEFAULT", "A" + id, email, customerId, status, "aff" + id, null, Map.of(),
                null);
    }

    private Attribution click(long affiliateId) {
        return Attribution.ofClick(affiliates.byId("DEFAULT", affiliateId).orElseThrow(), Attribution.Source.CART,
                99L, "aff" + affiliateId,
                NOW.minus(Duration.ofDays(1)));
    }

    private static CartContents contents(String promoCode, String email) {
        return new CartContents("DEFAULT", CAD, List.of(new CheckoutLine(5L, Set.of(), new BigDecimal("50.00"), 2)),
                promoCode, email);
    }

    private static PlacedOrder order(Long customerId) {
        return new PlacedOrder(new OrderFacts(1001L, customerId, "DEFAULT", NOW, "ORDERED", new BigDecimal("113.00"),
                new BigDecimal("8.00"), new BigDecimal("5.00"), CAD), List.of());
    }
}
