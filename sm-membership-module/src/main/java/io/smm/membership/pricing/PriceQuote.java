package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A resolved price: the base, the host's special price, the member price and the one charged, with reasons. */
public final class PriceQuote {

    private final BigDecimal basePrice;
    private final BigDecimal specialPrice;
    private final BigDecimal memberPrice;
    private final BigDecimal finalPrice;
    private final RuleOutcome applied;
    private final List<RuleOutcome> outcomes;

    PriceQuote(BigDecimal basePrice, BigDecimal specialPrice, BigDecimal memberPrice, BigDecimal finalPrice,
            RuleOutcome applied, List<RuleOutcome> outcomes) {
        this.basePrice = basePrice;
        this.specialPrice = specialPrice;
        this.memberPrice = memberPrice;
        this.finalPrice = finalPrice;
        this.applied = applied;
        this.outcomes = List.copyOf(outcomes);
    }

    public BigDecimal basePrice() {
        return basePrice;
    }

    public Optional<BigDecimal> specialPrice() {
        return Optional.ofNullable(specialPrice);
    }

    /** The best rule's price, rounded; empty when no rule applied. */
    public Optional<BigDecimal> memberPrice() {
        return Optional.ofNullable(memberPrice);
    }

    /** What the shopper pays per unit, at the currency's scale. */
    public BigDecimal finalPrice() {
        return finalPrice;
    }

    /** The rule that set the final price; empty when the base or the special price won. */
    public Optional<RuleOutcome> appliedRule() {
        return Optional.ofNullable(applied);
    }

    public List<RuleOutcome> outcomes() {
        return outcomes;
    }

    public boolean changesPrice() {
        return applied != null;
    }
}
