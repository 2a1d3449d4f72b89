package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Resolves one price from the rules that could apply: among those matching the shopper's groups, the product
 * (directly, through a category or an ancestor, or the store), the quantity and the time, the lowest price wins;
 * ties go to the higher priority (then the older rule); an exclusive rule keeps every lower-priority rule out.
 * The member price then meets the host's special price by the {@link SpecialPricePolicy}. Prices are computed
 * unrounded and rounded once, at the currency's scale.
 */
final class PriceResolver {

    private static final Comparator<Candidate> BEST = Comparator.<Candidate, BigDecimal>comparing(c -> c.price)
            .thenComparing(c -> -c.rule.priority).thenComparing(c -> c.rule.id);

    private final RoundingMode rounding;
    private final SpecialPricePolicy policy;

    PriceResolver(RoundingMode rounding, SpecialPricePolicy policy) {
        this.rounding = rounding;
        this.policy = policy;
    }

    PriceQuote resolve(PriceQuery query, List<IndexedRule> rules) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        List<Candidate> matching = new ArrayList<>();
        for (IndexedRule rule : rules) {
            RuleOutcome.Verdict refusal = refusal(rule, query);
            if (refusal == null) {
                matching.add(new Candidate(rule, rule.adjustment.applyTo(query.basePrice)));
            } else {
                outcomes.add(new RuleOutcome(rule, refusal, null));
            }
        }
        OptionalInt barrier = matching.stream().filter(c -> c.rule.exclusive).mapToInt(c -> c.rule.priority).max();
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate candidate : matching) {
            if (barrier.isPresent() && candidate.rule.priority < barrier.getAsInt()) {
                outcomes.add(new RuleOutcome(candidate.rule, RuleOutcome.Verdict.BLOCKED_BY_EXCLUSIVE, candidate.price));
            } else {
                eligible.add(candidate);
            }
        }
        Optional<Candidate> best = eligible.stream().min(BEST);
        eligible.stream().filter(c -> c != best.orElse(null)).forEach(
                c -> outcomes.add(new RuleOutcome(c.rule, RuleOutcome.Verdict.HIGHER_PRICE, c.price)));
        return quote(query, best, outcomes);
    }

    private PriceQuote quote(PriceQuery query, Optional<Candidate> best, List<RuleOutcome> outcomes) {
        BigDecimal special = query.specialPrice;
        BigDecimal member = best.map(c -> c.price).orElse(null);
        boolean memberWins = member != null && (special == null || policy == SpecialPricePolicy.MEMBER_REPLACES_SPECIAL
                || member.compareTo(special) <= 0);
        BigDecimal charged = memberWins ? member : special != null ? special : query.basePrice;
        RuleOutcome applied = null;
        if (best.isPresent()) {
            Candidate winner = best.get();
            RuleOutcome outcome = new RuleOutcome(winner.rule,
                    memberWins ? RuleOutcome.Verdict.APPLIED : RuleOutcome.Verdict.HIGHER_PRICE, winner.price);
            applied = memberWins ? outcome : null;
            outcomes.add(memberWins ? 0 : outcomes.size(), outcome);
        }
        return new PriceQuote(query.basePrice, special, member == null ? null : round(member, query),
                round(charged, query), applied, outcomes);
    }

    private BigDecimal round(BigDecimal amount, PriceQuery query) {
        return amount.setScale(query.currency.getDefaultFractionDigits(), rounding);
    }

    /** Why a rule does not match, or null when it does. */
    private static RuleOutcome.Verdict refusal(IndexedRule rule, PriceQuery query) {
        if (rule.allMembers ? !query.customer : rule.groupIds.stream().noneMatch(query.groupIds::contains)) {
            return RuleOutcome.Verdict.NOT_FOR_THESE_GROUPS;
        }
        if (rule.target == RuleTarget.PRODUCT && rule.targetId != query.productId
                || rule.target == RuleTarget.CATEGORY && !query.categoryIds.contains(rule.targetId)) {
            return RuleOutcome.Verdict.OTHER_PRODUCT;
        }
        if (query.quantity < rule.minQuantity) {
            return RuleOutcome.Verdict.BELOW_MIN_QUANTITY;
        }
        if (rule.startsAt != null && query.at.isBefore(rule.startsAt)) {
            return RuleOutcome.Verdict.NOT_STARTED;
        }
        if (rule.endsAt != null && !query.at.isBefore(rule.endsAt)) {
            return RuleOutcome.Verdict.ENDED;
        }
        return null;
    }

    private static final class Candidate {
        final IndexedRule rule;
        final BigDecimal price;

        Candidate(IndexedRule rule, BigDecimal price) {
            this.rule = rule;
            this.price = price;
        }
    }
}
