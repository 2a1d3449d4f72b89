package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.smm.membership.checkout.TotalChange;

/**
 * A cart's coupon code as the checkout quoted it: who presented it, and what it does or why it is refused; its discount
 * becomes the host's order-total lines under the module {@value #TOTAL_MODULE}.
 */
public final class CheckoutCoupon implements TotalChange {

    static final String TOTAL_MODULE = "membership-coupon";

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

    @Override
    public Optional<CouponRefusal> refusal() {
        return quote.refusal();
    }

    @Override
    public String totalModule() {
        return TOTAL_MODULE;
    }

    @Override
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(null, null, CouponCodes.normalize(code));
    }

    @Override
    public List<BigDecimal> lineDiscounts() {
        return quote.lineDiscounts();
    }

    public BigDecimal discount() {
        return quote.discount();
    }
}
