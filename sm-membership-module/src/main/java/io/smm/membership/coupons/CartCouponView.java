package io.smm.membership.coupons;

import java.math.BigDecimal;

/** The coupon on a cart and the discount it gives, as the shopper's JSON shows it. */
public final class CartCouponView {

    private final String code;
    private final BigDecimal discount;
    private final String currency;

    public CartCouponView(String code, BigDecimal discount, String currency) {
        this.code = CouponCodes.normalize(code);
        this.discount = discount;
        this.currency = currency;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public String getCurrency() {
        return currency;
    }
}
