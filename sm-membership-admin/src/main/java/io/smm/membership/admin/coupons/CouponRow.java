package io.smm.membership.admin.coupons;

import java.math.BigDecimal;
import java.util.Currency;

import io.smm.membership.admin.web.AdminNumbers;
import io.smm.membership.coupons.CouponBatchSummary;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.coupons.CouponView;
import io.smm.membership.money.MoneyRule;

/**
 * One coupon of the list as the page prints it, or one batch with its first code standing for its terms; numbers
 * come as text, so messages show them as they are.
 */
public final class CouponRow {

    private final CouponView coupon;
    private final CouponBatchSummary batch;
    private final int scale;

    /** @param currency the store's, whose scale an amount is shown at */
    CouponRow(CouponView coupon, Currency currency) {
        this(coupon, null, currency);
    }

    CouponRow(CouponView coupon, CouponBatchSummary batch, Currency currency) {
        this.coupon = coupon;
        this.batch = batch;
        this.scale = MoneyRule.scaleOf(currency);
    }

    public long getId() {
        return coupon.getId();
    }

    public String getCode() {
        return coupon.getCode();
    }

    public String getName() {
        return coupon.getName();
    }

    public String getKind() {
        return coupon.getKind().name();
    }

    /**
     * The percent as entered ({@code 10}), an amount with at least the currency's decimals ({@code 5.00}, a yen
     * amount {@code 500}).
     */
    public String getValue() {
        BigDecimal value = AdminNumbers.plain(coupon.getValue());
        return coupon.getKind() == CouponTerms.Kind.AMOUNT && value.scale() < scale
                ? value.setScale(scale).toPlainString() : value.toPlainString();
    }

    public String getStartsAt() {
        return coupon.getStartsAt();
    }

    public String getEndsAt() {
        return coupon.getEndsAt();
    }

    public boolean isWindowed() {
        return coupon.getStartsAt() != null || coupon.getEndsAt() != null;
    }

    public String getUses() {
        return String.valueOf(coupon.getUses());
    }

    /** The total limit as text; null for none. */
    public String getTotalLimit() {
        return coupon.getTotalLimit() == null ? null : String.valueOf(coupon.getTotalLimit());
    }

    public String getStatus() {
        return coupon.getStatus().name();
    }

    /** The batch that generated the coupon; null for a hand-made one. */
    public Long getBatchId() {
        return coupon.getBatchId();
    }

    /** The coupon a reward code was issued from; null for every other coupon. */
    public Long getIssuedFrom() {
        return coupon.getIssuedFrom();
    }

    /** The batch this row stands for; null for a row of one coupon. */
    public CouponBatchSummary getBatch() {
        return batch;
    }
}
