package io.smm.membership.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.smm.membership.checkout.DiscountSplit;
import io.smm.membership.money.MoneyRule;

/**
 * Points as cash at the till: the discount is points × the cash value of a point, rounded once at the currency's
 * scale; refused when the points are more than the usable balance, fewer than the minimum, or would pay more than
 * the store's share of the eligible amount after coupons. The discount is split over the lines by what is left of
 * each after the discounts before it, as a coupon's is ({@link DiscountSplit}).
 */
final class RedemptionRule {

    private final BigDecimal cashValue;
    private final long minimum;
    private final BigDecimal maxSharePercent;
    private final MoneyRule money;

    /**
     * @param cashValue money per point
     * @param minimum the fewest points a redemption takes
     * @param maxSharePercent the most of the eligible amount, in percent, points may pay
     */
    RedemptionRule(BigDecimal cashValue, long minimum, BigDecimal maxSharePercent, MoneyRule money) {
        this.cashValue = cashValue;
        this.minimum = minimum;
        this.maxSharePercent = maxSharePercent;
        this.money = money;
    }

    /**
     * @param points the points the shopper chose; 0 pays nothing and is never refused
     * @param usable the shopper's usable balance
     * @param lineBases what is left to pay of each cart line after the discounts before points (coupons); their
     *        sum is the eligible amount
     * @param scale the currency's number of decimals
     */
    PointsRedemption redeem(long points, long usable, List<BigDecimal> lineBases, int scale) {
        BigDecimal eligible = lineBases.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mostPaid = eligible.multiply(maxSharePercent).movePointLeft(2);
        long max = max(usable, mostPaid, scale);
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        if (points <= 0) {
            return PointsRedemption.none(0, null, max, lineBases.size(), zero);
        }
        if (points > usable) {
            return PointsRedemption.none(points, PointsRefusal.BALANCE, max, lineBases.size(), zero);
        }
        if (points < minimum) {
            return PointsRedemption.none(points, PointsRefusal.MINIMUM, max, lineBases.size(), zero);
        }
        BigDecimal discount = discountOf(points, scale);
        if (discount.compareTo(mostPaid) > 0) {
            return PointsRedemption.none(points, PointsRefusal.SHARE, max, lineBases.size(), zero);
        }
        return PointsRedemption.paying(points, discount, DiscountSplit.split(discount, lineBases, scale), max);
    }

    private BigDecimal discountOf(long points, int scale) {
        return money.round(cashValue.multiply(BigDecimal.valueOf(points)), scale);
    }

    /** The most points within the balance whose discount the share allows; 0 when that is below the minimum. */
    private long max(long usable, BigDecimal mostPaid, int scale) {
        if (cashValue.signum() <= 0) {
            return 0;
        }
        long max = Math.min(usable, mostPaid.divide(cashValue, 0, RoundingMode.DOWN).longValue());
        // rounding the discount up may take one point's worth over the share
        while (max > 0 && discountOf(max, scale).compareTo(mostPaid) > 0) {
            max--;
        }
        return max < minimum ? 0 : Math.max(max, 0);
    }
}
