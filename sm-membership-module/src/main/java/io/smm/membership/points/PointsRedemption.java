package io.smm.membership.points;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What a shopper's chosen points do to a cart: the discount they pay, split over the cart's lines, or why they
 * cannot; and the most points the cart takes.
 */
public final class PointsRedemption {

    private final long points;
    private final BigDecimal discount;
    private final List<BigDecimal> lineDiscounts;
    private final PointsRefusal refusal;
    private final long max;

    private PointsRedemption(long points, BigDecimal discount, List<BigDecimal> lineDiscounts,
            PointsRefusal refusal, long max) {
        this.points = points;
        this.discount = discount;
        this.lineDiscounts = List.copyOf(lineDiscounts);
        this.refusal = refusal;
        this.max = max;
    }

    /** Nothing paid: none chosen, or refused ({@code refusal} null for none). */
    static PointsRedemption none(long points, PointsRefusal refusal, long max, int lines, BigDecimal zero) {
        return new PointsRedemption(points, zero, Collections.nCopies(lines, zero), refusal, max);
    }

    static PointsRedemption paying(long points, BigDecimal discount, List<BigDecimal> lineDiscounts, long max) {
        return new PointsRedemption(points, discount, lineDiscounts, null, max);
    }

    /** The points chosen. */
    public long points() {
        return points;
    }

    /** The discount, rounded once at the currency's scale; zero when refused or none chosen. */
    public BigDecimal discount() {
        return discount;
    }

    /** Each cart line's part of the discount, in the cart's order, summing exactly to {@link #discount()}. */
    public List<BigDecimal> lineDiscounts() {
        return lineDiscounts;
    }

    public Optional<PointsRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The most points this cart takes: the usable balance within the store's share, 0 when below the minimum. */
    public long max() {
        return max;
    }
}
