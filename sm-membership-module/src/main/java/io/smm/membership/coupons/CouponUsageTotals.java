package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.List;

/**
 * A coupon's uses summed up: uses that count (not given back), uses given back, and per currency the discount on
 * the counted uses and the discount given back, in the currency's scale.
 */
public final class CouponUsageTotals {

    private final long counted;
    private final long givenBack;
    private final List<Discounts> discounts;

    CouponUsageTotals(long counted, long givenBack, List<Discounts> discounts) {
        this.counted = counted;
        this.givenBack = givenBack;
        this.discounts = List.copyOf(discounts);
    }

    public long getCounted() {
        return counted;
    }

    public long getGivenBack() {
        return givenBack;
    }

    /** One entry per currency the coupon was used in, by currency code. */
    public List<Discounts> getDiscounts() {
        return discounts;
    }

    /** The discounts in one currency. */
    public static final class Discounts {

        private final String currency;
        private final BigDecimal given;
        private final BigDecimal givenBack;

        Discounts(String currency, BigDecimal given, BigDecimal givenBack) {
            this.currency = currency;
            this.given = given;
            this.givenBack = givenBack;
        }

        public String getCurrency() {
            return currency;
        }

        /** On the uses that count. */
        public BigDecimal getGiven() {
            return given;
        }

        public BigDecimal getGivenBack() {
            return givenBack;
        }
    }
}
