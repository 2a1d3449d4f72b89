package io.smm.membership.coupons;

import java.util.Currency;

import org.springframework.core.Ordered;

import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.money.MoneyRule;

/**
 * Coupons in the checkout: the use is held before the host charges, written in the ledger with the order, released
 * when the checkout fails, given back when the order is canceled or refunded as the store's settings say, and a
 * partial refund is written down against the use, which stays counted. First of the participants, so that a
 * checkout and a give-back both lock the coupon's row before any other row of ours, and cannot deadlock.
 */
public class CouponParticipant implements CheckoutParticipant<CheckoutCoupon>, Ordered {

    private final CouponTill till;
    private final CouponUseLedger redemptions;
    private final MoneyRule money;

    CouponParticipant(CouponTill till, CouponUseLedger redemptions, MoneyRule money) {
        this.till = till;
        this.redemptions = redemptions;
        this.money = money;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void hold(Checkout checkout, CheckoutCart cart, CheckoutCoupon coupon) {
        coupon.refusal().ifPresent(refusal -> {
            throw new CouponRefusedException(refusal);
        });
        till.hold(coupon.storeCode(), coupon.code(), cart.cartCode(), coupon.shopper());
    }

    @Override
    public void confirm(Checkout checkout, CheckoutCart cart, CheckoutCoupon coupon, PlacedOrder order) {
        till.confirm(coupon.storeCode(), coupon.code(), cart.cartCode(), coupon.shopper(), order.facts().orderId(),
                coupon.discount(), coupon.currency());
    }

    @Override
    public void release(Checkout checkout, CheckoutCart cart, CheckoutCoupon coupon) {
        till.release(coupon.storeCode(), coupon.code(), cart.cartCode());
    }

    @Override
    public void giveBack(OrderGiveBack giveBack) {
        String storeCode = giveBack.order().storeCode();
        long orderId = giveBack.order().orderId();
        if (giveBack.kind() == OrderGiveBack.Kind.PARTLY_REFUNDED) {
            Currency currency = giveBack.order().currency();
            redemptions.recordRefund(storeCode, orderId, giveBack.key(), giveBack.refunded(), giveBack.orderAmount(),
                    currency == null ? 2 : MoneyRule.scaleOf(currency), money.rounding());
        } else {
            till.orderChanged(storeCode, orderId, giveBack.kind().name());
        }
    }
}
