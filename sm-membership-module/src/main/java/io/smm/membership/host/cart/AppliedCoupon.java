package io.smm.membership.host.cart;

import java.math.BigDecimal;
import java.util.List;

import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.coupons.CheckoutCoupon;
import io.smm.membership.coupons.CouponQuote;

/** A coupon code quoted for one cart calculation of the host: the checkout's coupon, and the items it priced. */
final class AppliedCoupon {

    final CheckoutCoupon coupon;
    final CouponQuote quote;
    private final List<ShoppingCartItem> items;

    AppliedCoupon(CheckoutCoupon coupon, List<ShoppingCartItem> items) {
        this.coupon = coupon;
        this.quote = coupon == null ? null : coupon.quote();
        this.items = items;
    }

    /** The host's own promo code: not ours to quote. */
    static AppliedCoupon hostPromo() {
        return new AppliedCoupon(null, List.of());
    }

    boolean isHostPromo() {
        return coupon == null;
    }

    /** The item's part of the discount; zero for an item the calculation did not include. */
    BigDecimal discountOn(ShoppingCartItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return quote.lineDiscounts().get(i);
            }
        }
        return BigDecimal.ZERO;
    }
}
