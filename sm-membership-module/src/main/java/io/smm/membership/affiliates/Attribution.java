package io.smm.membership.affiliates;

import java.time.Instant;
import java.util.Optional;

/** Which affiliate an order is credited to, and what says so: a click (by cookie or the cart), or a bound coupon. */
public final class Attribution {

    /** What credited the affiliate. */
    public enum Source { COOKIE, CART, COUPON }

    private final long affiliateId;
    private final Source source;
    private final Long clickId;
    private final String trackingId;
    private final Instant clickedAt;

    private Attribution(long affiliateId, Source source, Long clickId, String trackingId, Instant clickedAt) {
        this.affiliateId = affiliateId;
        this.source = source;
        this.clickId = clickId;
        this.trackingId = trackingId;
        this.clickedAt = clickedAt;
    }

    public static Attribution ofClick(long affiliateId, Source source, long clickId, String trackingId,
            Instant clickedAt) {
        return new Attribution(affiliateId, source, clickId, trackingId, clickedAt);
    }

    public static Attribution ofCoupon(long affiliateId) {
        return new Attribution(affiliateId, Source.COUPON, null, null, null);
    }

    public long affiliateId() {
        return affiliateId;
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
