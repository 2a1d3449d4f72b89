package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

import io.smm.membership.money.MoneyRule;
import io.smm.membership.orders.OrderFacts;

/**
 * The amount of an order that earns (commissions, points): its total without shipping and tax, never below 0, and
 * its split over the order's lines by their totals, each share weighed at its line's own rate.
 */
public final class EligibleAmount {

    private EligibleAmount() {
    }

    /** The order's total less shipping (with handling) and tax: the subtotal after prices and discounts; never < 0. */
    public static BigDecimal of(OrderFacts order, Currency currency, MoneyRule money) {
        BigDecimal eligible = orZero(order.total()).subtract(orZero(order.shipping())).subtract(orZero(order.tax()));
        return money.round(eligible.max(BigDecimal.ZERO), currency);
    }

    /**
     * Σ (share of each line × its weight), unrounded but for {@code digits} decimals: a line's share is the eligible
     * amount × its total / the lines' total; without lines (or lines worth nothing) the whole amount at
     * {@code whole}.
     */
    public static BigDecimal weighted(BigDecimal eligible, List<CheckoutLine> lines,
            Function<CheckoutLine, BigDecimal> weight, BigDecimal whole, int digits, RoundingMode rounding) {
        BigDecimal linesTotal = lines.stream().map(CheckoutLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (linesTotal.signum() <= 0) {
            return eligible.multiply(whole);
        }
        // Σ(total_i × weight_i) × eligible / Σ total_i: the same sum of shares, divided once
        BigDecimal weighted = lines.stream().map(line -> line.total().multiply(weight.apply(line)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return weighted.multiply(eligible).divide(linesTotal, digits, rounding);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
