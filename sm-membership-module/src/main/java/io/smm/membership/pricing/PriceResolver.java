package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.money.MoneyRule;

/**
 * Resolves one price from the rules that could apply: among those matching the shopper's groups, the product
 * (directly, through a category or an ancestor, or the store), the quantity and the time, the lowest price wins;
 * ties go to the higher priority (then the older rule); an exclusive rule keeps every lower-priority rule out.
 * The member price then meets the host's special price by the {@link SpecialPricePolicy}. Prices are computed
 * unrounded and rounded once, by the {@link MoneyRule}.
 *
 * <p>{@link #price} is the shopper's path, called for every product of a listing: it builds no explanation.
 * {@link #explain} is the owner's: the same choice, plus the verdict of every rule.
 */
final class PriceResolver {

    private final MoneyRule money;
    private final SpecialPricePolicy policy;

    PriceResolver(MoneyRule money, SpecialPricePolicy policy) {
        this.money = money;
        this.policy = policy;
    }

    /** The price, with the applied rule but no verdicts for the others. */
    PriceQuote price(PriceQuery query, List<IndexedRule> rules) {
        return quote(query, choose(query, rules), new ArrayList<>());
    }

    /** The price, with the verdict of every rule: the applied one first. */
    PriceQuote explain(PriceQuery query, List<IndexedRule> rules) {
        Choice choice = choose(query, rules);
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (IndexedRule rule : rules) {
            RuleOutcome.Verdict refusal = refusal(rule, query);
            if (refusal != null) {
                outcomes.add(new RuleOutcome(rule, refusal, null));
            } else if (rule != choice.rule) {
                outcomes.add(new RuleOutcome(rule, rule.priority < choice.barrier
                        ? RuleOutcome.Verdict.BLOCKED_BY_EXCLUSIVE : RuleOutcome.Verdict.HIGHER_PRICE,
                        rule.adjustment.applyTo(query.basePrice)));
            }
        }
        return quote(query, choice, outcomes);
    }

    /** The best matching rule above the highest exclusive barrier; prices only the rules that can still win. */
    private static Choice choose(PriceQuery query, List<IndexedRule> rules) {
        int barrier = Integer.MIN_VALUE;
        for (IndexedRule rule : rules) {
            if (rule.exclusive && rule.priority > barrier && refusal(rule, query) == null) {
                barrier = rule.priority;
            }
        }
        Choice best = new Choice(barrier);
        for (IndexedRule rule : rules) {
            if (rule.priority >= barrier && refusal(rule, query) == null) {
                best.consider(rule, rule.adjustment.applyTo(query.basePrice));
            }
        }
        return best;
    }

    private PriceQuote quote(PriceQuery query, Choice choice, List<RuleOutcome> outcomes) {
        BigDecimal special = query.specialPrice;
        BigDecimal member = choice.price;
        boolean memberWins = member != null && (special == null || policy == SpecialPricePolicy.MEMBER_REPLACES_SPECIAL
                || member.compareTo(special) <= 0);
        BigDecimal charged = memberWins ? member : special != null ? special : query.basePrice;
        RuleOutcome applied = null;
        if (choice.rule != null) {
            RuleOutcome outcome = new RuleOutcome(choice.rule,
                    memberWins ? RuleOutcome.Verdict.APPLIED : RuleOutcome.Verdict.HIGHER_PRICE, member);
            applied = memberWins ? outcome : null;
            outcomes.add(memberWins ? 0 : outcomes.size(), outcome);
        }
        return new PriceQuote(query.basePrice, special, member == null ? null : round(member, query),
                round(charged, query), applied, outcomes);
    }

    private BigDecimal round(BigDecimal amount, PriceQuery query) {
        return money.round(amount, query.currency);
    }

    /** Why a rule does not match, or null when it does. */
    private static RuleOutcome.Verdict refusal(IndexedRule rule, PriceQuery query) {
        if (!rule.isFor(query.customer, query.groupIds)) {
            return RuleOutcome.Verdict.NOT_FOR_THESE_GROUPS;
        }
        if (rule.target == RuleTarget.PRODUCT && rule.targetId != query.productId
                || rule.target == RuleTarget.CATEGORY && !query.categoryIds.contains(rule.targetId)) {
            return RuleOutcome.Verdict.OTHER_PRODUCT;
        }
        if (query.quantity < rule.minQuantity) {
            return RuleOutcome.Verdict.BELOW_MIN_QUANTITY;
        }
        if (rule.startsAfter(query.at)) {
            return RuleOutcome.Verdict.NOT_STARTED;
        }
        if (rule.hasEndedBy(query.at)) {
            return RuleOutcome.Verdict.ENDED;
        }
        return null;
    }

    /** The best rule so far: the lowest price, then the higher priority, then the older rule. */
    private static final class Choice {
        final int barrier;
        IndexedRule rule;
        BigDecimal price;

        Choice(int barrier) {
            this.barrier = barrier;
        }

        void consider(IndexedRule candidate, BigDecimal candidatePrice) {
            int byPrice = rule == null ? -1 : candidatePrice.compareTo(price);
            boolean better = byPrice < 0 || byPrice == 0 && (candidate.priority > rule.priority
                    || candidate.priority == rule.priority && candidate.id < rule.id);
            if (better) {
                rule = candidate;
                price = candidatePrice;
            }
        }
    }
}
