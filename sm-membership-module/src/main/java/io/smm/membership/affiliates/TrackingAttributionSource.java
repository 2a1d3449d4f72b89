package io.smm.membership.affiliates;

import java.time.Instant;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The clicks a checkout is credited to: the current request's tracking cookie (none outside a request) and the
 * cart's referral, merged by the store's model and window. Only an active affiliate is credited; a click of another
 * is counted as a reject and credits nobody.
 */
public class TrackingAttributionSource implements AttributionSource {

    private final AffiliateDirectory directory;
    private final TrackingService tracking;
    private final TrackingCookies cookies;

    TrackingAttributionSource(AffiliateDirectory directory, TrackingService tracking, TrackingCookies cookies) {
        this.directory = directory;
        this.tracking = tracking;
        this.cookies = cookies;
    }

    @Override
    public Optional<Attribution> clickAttribution(String storeCode, String cartCode, Instant at) {
        Optional<HttpServletRequest> request = currentRequest();
        Optional<Referral> cart = tracking.referralOfCart(storeCode, cartCode);
        if (cart.isEmpty() && !request.map(cookies::carries).orElse(false)) {
            return Optional.empty();
        }
        AffiliateTerms terms = directory.termsOf(storeCode);
        Optional<Referral> cookie = request.flatMap(current -> cookies.referralOf(current, storeCode, at,
                terms.window()));
        Optional<ReferralCredit> credit = ReferralCredit.of(cookie, cart, at, terms.model(), terms.window());
        if (credit.isEmpty()) {
            return Optional.empty();
        }
        ReferralClick click = credit.get().click();
        Optional<AffiliateCard> affiliate = directory.byId(storeCode, click.affiliateId());
        if (affiliate.isPresent() && affiliate.get().earns()) {
            return Optional.of(Attribution.ofClick(affiliate.get(), credit.get().source(), click.clickId(),
                    affiliate.get().trackingId(), click.at()));
        }
        request.ifPresent(current -> IgnoredClicks.note(current, storeCode, RejectReason.notEarning(affiliate),
                affiliate.map(AffiliateCard::trackingId).orElse(null)));
        return Optional.empty();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes
                ? Optional.of(((ServletRequestAttributes) attributes).getRequest()) : Optional.empty();
    }
}
