package io.smm.membership.points;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The points a refund of an order takes back (earned ones) or gives back (redeemed ones): its share of them,
 * rounded down; the refund that brings the order's refunds to its amount takes what remains, so any sequence of
 * partial refunds of the whole order ends where one full refund does.
 */
final class RefundShare {

    private RefundShare() {
    }

    /**
     * @param points the order's points (earned, or redeemed)
     * @param refunded this refund's amount
     * @param refundedBefore the order's earlier refunds' amounts
     * @param orderAmount what the order was paid in full
     * @param movedBefore the points the earlier refunds took or gave back
     */
    static long of(long points, BigDecimal refunded, BigDecimal refundedBefore, BigDecimal orderAmount,
            long movedBefore) {
        long remains = Math.max(0, points - movedBefore);
        if (orderAmount.signum() <= 0 || refundedBefore.add(refunded).compareTo(orderAmount) >= 0) {
            return remains;
        }
        long share = BigDecimal.valueOf(points).multiply(refunded).divide(orderAmount, 0, RoundingMode.DOWN)
                .longValueExact();
        return Math.max(0, Math.min(share, remains));
    }
}
