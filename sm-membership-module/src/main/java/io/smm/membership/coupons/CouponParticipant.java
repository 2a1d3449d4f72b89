package io.smm.membership.coupons;

import java.util.Currency;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.Ordered;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.ShopperGroups;

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
    private final GroupPricingService pricing;

    CouponParticipant(CouponTill till, CouponUseLedger redemptions, MoneyRule money, GroupPricingService pricing) {
        this.till = till;
        this.redemptions = redemptions;
        this.money = money;
        this.pricing = pricing;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The cart's code, when it is one of ours: what it takes off, for whom, or why it is refused. */
    @Override
    public CheckoutCoupon quote(Checkout checkout, CheckoutCart cart, CartContents contents) {
        Optional<String> code = contents.promoCode();
        if (code.isEmpty()) {
            return null;
        }
        CouponShopper shopper = shopperOf(checkout, contents);
        return till.quote(contents.storeCode(), code.get(), contents.lines(), shopper,
                MoneyRule.scaleOf(contents.currency()))
                .map(quote -> new CheckoutCoupon(contents.storeCode(), code.get(), shopper, quote,
                        contents.currency().getCurrencyCode()))
                .orElse(null);
    }

    /**
     * The logged-in customer; a guest checking out, by the e-mail address they give (the host has already stored
     * them as a customer, with an id of its own); on cart paths, where the host names no customer, an anonymous guest.
     */
    private CouponShopper shopperOf(Checkout checkout, CartContents contents) {
        Set<Long> groups = checkout.shopperFact(ShopperGroups.class, pricing::groupsOf).groupIds();
        Optional<Long> loggedIn = checkout.shopper().customerId();
        if (loggedIn.isPresent()) {
            return CouponShopper.customer(loggedIn.get(), groups);
        }
        return contents.customerEmail().map(email -> CouponShopper.guest(email, groups))
                .orElseGet(() -> CouponShopper.anonymous(groups));
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
