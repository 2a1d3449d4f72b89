package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateTerms;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.EligibleAmount;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.orders.OrderFacts;

/**
 * What an order earns its affiliate, and what a refund takes back: the eligible amount (the order's total without
 * shipping and tax, never below 0) split over the lines by their totals, each share at its line's rate, the sum
 * rounded once at the currency's scale.
 */
final class CommissionRule {

    private final MoneyRule money;

    CommissionRule(MoneyRule money) {
        this.money = money;
    }

    /** The order's total less shipping (with handling) and tax, as {@link EligibleAmount#of} has it. */
    BigDecimal eligibleAmount(OrderFacts order, Currency currency) {
        return EligibleAmount.of(order, currency, money);
    }

    /**
     * Σ (share of each line × its rate / 100), rounded once; the shares as {@link EligibleAmount#weighted} splits
     * them, the whole amount at the affiliate's own rate without lines.
     */
    BigDecimal commission(BigDecimal eligible, List<CheckoutLine> lines, AffiliateCard affiliate,
            AffiliateTerms terms, Currency currency) {
        return money.round(EligibleAmount.weighted(eligible, lines,
                line -> lineRate(line, affiliate, terms).movePointLeft(2), ownRate(affiliate, terms).movePointLeft(2),
                MoneyRule.scaleOf(currency) + 10, money.rounding()), currency);
    }

    /** The highest of the affiliate's category rates matching the line's categories, else its own rate. */
    static BigDecimal lineRate(CheckoutLine line, AffiliateCard affiliate, AffiliateTerms terms) {
        return line.categoryIds().stream().map(affiliate.categoryRates()::get).filter(Objects::nonNull)
                .max(BigDecimal::compareTo).orElseGet(() -> ownRate(affiliate, terms));
    }

    /** The affiliate's own rate, else the store's default. */
    static BigDecimal ownRate(AffiliateCard affiliate, AffiliateTerms terms) {
        return affiliate.rate().orElse(terms.defaultRate());
    }

    /**
     * What a refund of {@code refunded} out of {@code orderAmount} takes from a commission of {@code amount}: its
     * share, rounded once, at most what is left of it ({@code remaining}), never below 0.
     */
    BigDecimal refundShare(BigDecimal amount, BigDecimal refunded, BigDecimal orderAmount, BigDecimal remaining,
            Currency currency) {
        if (orderAmount.signum() <= 0 || remaining.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal share = money.round(amount.multiply(refunded).divide(orderAmount, MoneyRule.scaleOf(currency) + 10,
                money.rounding()), currency);
        return share.max(BigDecimal.ZERO).min(remaining);
    }

    /** When a commission may be approved: once the return window after the order has passed. */
    static Instant dueAt(Instant placedAt, AffiliateTerms terms) {
        return placedAt.plus(terms.returnWindow());
    }
}
