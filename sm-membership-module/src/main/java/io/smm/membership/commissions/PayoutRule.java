package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.money.MoneyRule;

/**
 * What a payout pays: the sum of its lines (the selected commissions' entries and the carried negative lines),
 * unrounded, then rounded once to the currency's scale. A payout of nothing or less is refused, and so is a line in
 * another currency than the payout's.
 */
final class PayoutRule {

    /** The kind of entry written when a paid order is refunded: unpaid, it is carried into the next payout. */
    static final String CARRIED_KIND = "CLAWBACK";

    private final MoneyRule money;

    PayoutRule(MoneyRule money) {
        this.money = money;
    }

    /** The lines' sum at the currency's scale. */
    BigDecimal total(List<PayoutItemView> lines, Currency currency) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PayoutItemView line : lines) {
            if (!line.getCurrency().equals(currency.getCurrencyCode())) {
                throw new ConflictException("membership.payout.currency", line.getEntryId(), line.getCurrency(),
                        currency.getCurrencyCode());
            }
            sum = sum.add(line.getAmount());
        }
        return money.round(sum, currency);
    }

    /** The lines' sum as {@link #total}, refused (409) when it is not above zero. */
    BigDecimal payable(List<PayoutItemView> lines, Currency currency) {
        BigDecimal total = total(lines, currency);
        if (total.signum() <= 0) {
            throw new ConflictException("membership.payout.not-positive", total);
        }
        return total;
    }
}
