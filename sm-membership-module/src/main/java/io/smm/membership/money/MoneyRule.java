package io.smm.membership.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The one way amounts are rounded: once, to the currency's scale, with the store-wide rounding mode
 * ({@code sm.membership.money.rounding-mode}). Member prices, coupon discounts, tier amounts and the admin pages
 * all round by it.
 */
public final class MoneyRule {

    private final RoundingMode rounding;

    public MoneyRule(RoundingMode rounding) {
        this.rounding = Objects.requireNonNull(rounding);
    }

    /** The number of decimals amounts in the currency are rounded to; never negative (XAU and the like say -1). */
    public static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** The amount at the currency's scale. */
    public BigDecimal round(BigDecimal amount, Currency currency) {
        return round(amount, scaleOf(currency));
    }

    /** The amount at {@code scale} decimals, a currency's scale as {@link #scaleOf} gives it. */
    public BigDecimal round(BigDecimal amount, int scale) {
        return amount.setScale(scale, rounding);
    }

    /**
     * The amount as it is shown: at least {@code scale} decimals, more only where the amount has them, never rounded
     * (12.50, 0.125); amounts read back from a DECIMAL(19,4) column lose their four decimals.
     */
    public static BigDecimal shown(BigDecimal amount, int scale) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.setScale(Math.max(Math.max(scale, 0), stripped.scale()));
    }

    public RoundingMode rounding() {
        return rounding;
    }
}
