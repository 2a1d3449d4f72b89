package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.util.Set;

/** What became of one rule when a price was resolved, and why: the explanation an owner reads. */
public final class RuleOutcome {

    /** Why a rule did or did not set the price. */
    public enum Verdict {
        APPLIED, HIGHER_PRICE, BLOCKED_BY_EXCLUSIVE, NOT_FOR_THESE_GROUPS, OTHER_PRODUCT, BELOW_MIN_QUANTITY,
        NOT_STARTED, ENDED
    }

    private final long ruleId;
    private final String ruleName;
    private final Verdict verdict;
    private final BigDecimal price;
    private final int minQuantity;
    private final boolean allMembers;
    private final Set<Long> groupIds;

    RuleOutcome(IndexedRule rule, Verdict verdict, BigDecimal price) {
        this.ruleId = rule.id;
        this.ruleName = rule.name;
        this.verdict = verdict;
        this.price = price;
        this.minQuantity = rule.minQuantity;
        this.allMembers = rule.allMembers;
        this.groupIds = rule.groupIds;
    }

    public long ruleId() {
        return ruleId;
    }

    public String ruleName() {
        return ruleName;
    }

    public Verdict verdict() {
        return verdict;
    }

    public int minQuantity() {
        return minQuantity;
    }

    /** Whether the rule is for every member rather than for {@link #groupIds()}. */
    public boolean allMembers() {
        return allMembers;
    }

    public Set<Long> groupIds() {
        return groupIds;
    }

    /** The rule's price, unrounded, when it matched; null otherwise. */
    public BigDecimal price() {
        return price;
    }
}
