package io.smm.membership.rewards;

import java.util.Objects;

/** What a reward gives: points, or one single-use code of a store coupon; never both. */
final class RewardOffer {

    private static final RewardOffer NOTHING = new RewardOffer(0, null);

    private final long points;
    private final Long couponId;

    private RewardOffer(long points, Long couponId) {
        this.points = points;
        this.couponId = couponId;
    }

    /** The settings' choice: the coupon when one is set, else the points (0: nothing). */
    static RewardOffer of(long points, Long couponId) {
        return couponId != null ? new RewardOffer(0, couponId) : points(points);
    }

    static RewardOffer points(long points) {
        return points > 0 ? new RewardOffer(points, null) : NOTHING;
    }

    boolean isNothing() {
        return this == NOTHING;
    }

    long points() {
        return points;
    }

    /** The coupon whose single-use copy is given; null for points. */
    Long couponId() {
        return couponId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RewardOffer && points == ((RewardOffer) other).points
                && Objects.equals(couponId, ((RewardOffer) other).couponId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(points, couponId);
    }

    @Override
    public String toString() {
        return couponId != null ? "coupon " + couponId : points + " points";
    }
}
