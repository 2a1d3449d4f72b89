package io.smm.membership.host;

import java.math.BigDecimal;
import java.util.List;

import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.coupons.CouponQuote;
import io.smm.membership.coupons.CouponShopper;

/** A coupon code quoted for one cart calculation of the host: who presented it, the items, and the outcome. */
final class AppliedCoupon {

    final String storeCode;
    final String code;
    final CouponShopper shopper;
    final List<ShoppingCartItem> items;
    final CouponQuote quote;
    final String currency;

    AppliedCoupon(String storeCode, String code, CouponShopper shopper, List<ShoppingCartItem> items,
            CouponQuote quote, String currency) {
        this.storeCode = storeCode;
        this.code = code;
        this.shopper = shopper;
        this.items = items;
        this.quote = quote;
        this.currency = currency;
    }

    /** The host's own promo code: not ours to quote. */
    static AppliedCoupon hostPromo(String storeCode, String code) {
        return new AppliedCoupon(storeCode, code, null, List.of(), null, null);
    }

    boolean isHostPromo() {
        return quote == null;
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
