package io.smm.membership.admin.pricing;

import java.math.BigDecimal;

import io.smm.membership.pricing.RuleOutcome;

/** One rule of a simulation as the page shows it: the rule, its verdict and the sentence that explains it. */
public final class VerdictRow {

    private final RuleOutcome outcome;

    VerdictRow(RuleOutcome outcome) {
        this.outcome = outcome;
    }

    public long getRuleId() {
        return outcome.ruleId();
    }

    public String getName() {
        return outcome.ruleName();
    }

    public String getVerdict() {
        return outcome.verdict().name();
    }

    public boolean isApplied() {
        return outcome.verdict() == RuleOutcome.Verdict.APPLIED;
    }

    /** The rule's price, when it matched, without trailing zeros. */
    public String getPrice() {
        BigDecimal price = outcome.price();
        return price == null ? "" : price.stripTrailingZeros().toPlainString();
    }

    public int getMinQuantity() {
        return outcome.minQuantity();
    }

    /** The message key of the sentence explaining the verdict; its arguments are the price and the minimum. */
    public String getSentence() {
        switch (outcome.verdict()) {
        case APPLIED:
            return "membership.admin.price-simulator.verdict.applied";
        case HIGHER_PRICE:
            return "membership.admin.price-simulator.verdict.higher-price";
        case BLOCKED_BY_EXCLUSIVE:
            return "membership.admin.price-simulator.verdict.blocked-by-exclusive";
        case NOT_FOR_THESE_GROUPS:
            return "membership.admin.price-simulator.verdict.not-for-these-groups";
        case OTHER_PRODUCT:
            return "membership.admin.price-simulator.verdict.other-product";
        case BELOW_MIN_QUANTITY:
            return "membership.admin.price-simulator.verdict.below-min-quantity";
        case NOT_STARTED:
            return "membership.admin.price-simulator.verdict.not-started";
        case ENDED:
            return "membership.admin.price-simulator.verdict.ended";
        default:
            throw new IllegalStateException("No sentence for " + outcome.verdict());
        }
    }
}
