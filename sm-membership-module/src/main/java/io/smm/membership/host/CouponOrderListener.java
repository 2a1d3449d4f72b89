package io.smm.membership.host;

import java.util.Optional;

import org.springframework.core.Ordered;

import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;

/**
 * Counts the coupon that priced an order, in the order's transaction: the use is taken before the host places the
 * order and takes its payment (a refusal charges nothing), and written in the ledger once the order has its id. It
 * gives the use back when the order is canceled or refunded. It runs before the other listeners, so that a checkout
 * and a status change both lock the coupon's row before any row of ours, and cannot deadlock.
 */
class CouponOrderListener implements OrderPlacementListener, OrderStatusListener, Ordered {

    private final CouponTill till;

    CouponOrderListener(CouponTill till) {
        this.till = till;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void orderPlacing() {
        checkoutCoupon().ifPresent(applied -> {
            try {
                CouponRequestState.reserved(till.reserve(applied.storeCode, applied.code, applied.shopper,
                        applied.quote.discount(), applied.currency));
            } catch (CouponRefusedException refused) {
                CouponRequestState.refuse(refused.refusal());
                throw refused;
            }
        });
    }

    @Override
    public void orderPlaced(OrderFacts order) {
        CouponRequestState.reservedUse().ifPresent(reserved -> till.record(reserved, order.orderId()));
    }

    @Override
    public void orderChanged(OrderFacts order) {
        till.orderChanged(order.storeCode(), order.orderId(), order.status());
    }

    /** The coupon of ours that gave the order this request is placing its discount. */
    private static Optional<AppliedCoupon> checkoutCoupon() {
        return CouponRequestState.checkoutQuoted()
                .filter(applied -> !applied.isHostPromo() && applied.quote.refusal().isEmpty());
    }
}
