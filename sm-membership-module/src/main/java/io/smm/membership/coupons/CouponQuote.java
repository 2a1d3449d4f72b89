package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What a coupon does to a cart: a discount split over the lines it was taken from, or why it does not apply. */
public final class CouponQuote {

    private final CouponRefusal refusal;
    private final BigDecimal discount;
    private final List<BigDecimal> lineDiscounts;

    private CouponQuote(CouponRefusal refusal, BigDecimal discount, List<BigDecimal> lineDiscounts) {
        this.refusal = refusal;
        this.discount = discount;
        this.lineDiscounts = lineDiscounts;
    }

    static CouponQuote refused(CouponRefusal refusal) {
        return new CouponQuote(refusal, null, List.of());
    }

    static CouponQuote discount(BigDecimal discount, List<BigDecimal> lineDiscounts) {
        return new CouponQuote(null, discount, List.copyOf(lineDiscounts));
    }

    public Optional<CouponRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The whole discount, rounded once at the currency's scale; null when refused. */
    public BigDecimal discount() {
        return discount;
    }

    /** Each cart line's part of the discount, in the cart's order, summing exactly to {@link #discount()}. */
    public List<BigDecimal> lineDiscounts() {
        return lineDiscounts;
    }
}
