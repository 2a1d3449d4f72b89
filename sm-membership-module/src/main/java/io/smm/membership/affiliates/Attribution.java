package io.smm.membership.affiliates;

import java.time.Instant;
import java.util.Optional;

/**
 * Which affiliate an order is credited to, as found when the cart was priced, and what says so: a click (by cookie
 * or the cart), or a bound coupon.
 */
public final class Attribution {

    /** What credited the affiliate. */
    public enum Source { COOKIE, CART, COUPON }

    private final AffiliateCard affiliate;
    private final Source source;
    private final Long clickId;
    private final String trackingId;
    private final Instant clickedAt;

    private Attribution(AffiliateCard affiliate, Source source, Long clickId, String trackingId, Instant clickedAt) {
        this.affiliate = affiliate;
        this.source = source;
        this.clickId = clickId;
        this.trackingId = trackingId;
        this.clickedAt = clickedAt;
    }

    public static Attribution ofClick(AffiliateCard affiliate, Source source, long clickId, String trackingId,
            Instant clickedAt) {
        return new Attribution(affiliate, source, clickId, trackingId, clickedAt);
    }

    public static Attribution ofCoupon(AffiliateCard affiliate) {
        return new Attribution(affiliate, Source.COUPON, null, null, null);
    }

    public AffiliateCard affiliate() {
        return affiliate;
    }

    public long affiliateId() {
        return affiliate.id();
    }

    public Source source() {
        return source;
    }

    public Optional<Long> clickId() {
        return Optional.ofNullable(clickId);
    }

    public Optional<String> trackingId() {
        return Optional.ofNullable(trackingId);
    }

    public Optional<Instant> clickedAt() {
        return Optional.ofNullable(clickedAt);
    }
}
