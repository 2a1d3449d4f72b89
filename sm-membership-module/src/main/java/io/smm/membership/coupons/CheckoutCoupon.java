package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.Optional;

/** A cart's coupon code as the checkout quoted it: who presented it, and what it does or why it is refused. */
public final class CheckoutCoupon {

    private final String storeCode;
    private final String code;
    private final CouponShopper shopper;
    private final CouponQuote quote;
    private final String currency;

    public CheckoutCoupon(String storeCode, String code, CouponShopper shopper, CouponQuote quote, String currency) {
        this.storeCode = storeCode;
        this.code = code;
        this.shopper = shopper;
        this.quote = quote;
        this.currency = currency;
    }

    public String storeCode() {
        return storeCode;
    }

    public String code() {
        return code;
    }

    public CouponQuote quote() {
        return quote;
    }

    public String currency() {
        return currency;
    }

    CouponShopper shopper() {
        return shopper;
    }

    public Optional<CouponRefusal> refusal() {
        return quote.refusal();
    }

    public BigDecimal discount() {
        return quote.discount();
    }
}
