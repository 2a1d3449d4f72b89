package io.smm.membership.host;

import org.springframework.core.Ordered;

import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;

/**
 * Counts the coupon that priced an order, in the order's transaction, and gives the use back when the order is
 * canceled or refunded. It runs after every other listener: taking the use locks the coupon's row until the order
 * commits, and each concurrent checkout of that coupon waits for it.
 */
class CouponOrderListener implements OrderPlacementListener, OrderStatusListener, Ordered {

    private final CouponTill till;

    CouponOrderListener(CouponTill till) {
        this.till = till;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void orderPlaced(OrderFacts order) {
        CouponRequestState.checkoutQuoted().filter(applied -> !applied.isHostPromo()).ifPresent(applied -> {
            try {
                till.redeem(order.storeCode(), applied.code, order.orderId(), applied.shopper,
                        applied.quote.discount(), applied.currency);
            } catch (CouponRefusedException refused) {
                CouponRequestState.refuse(refused.refusal());
                throw refused;
            }
        });
    }

    @Override
    public void orderChanged(OrderFacts order) {
        till.orderChanged(order.storeCode(), order.orderId(), order.status());
    }
}
