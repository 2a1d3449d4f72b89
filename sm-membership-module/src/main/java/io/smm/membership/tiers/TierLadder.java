package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.smm.membership.groups.MemberGroup;

/** A store's tiers with their rules, lowest rank first. */
final class TierLadder {

    private final List<TierStep> tiers;

    TierLadder(List<TierStep> tiers) {
        this.tiers = tiers.stream().sorted(Comparator.comparingInt((TierStep tier) -> tier.rank))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The ladder of a store's rules (none: no ladder), standing on the store's default tier: when the owner gave
     * that tier no rule, it is the bottom step with nothing to reach and nothing to keep, so its members can climb.
     */
    static TierLadder of(List<TierRule> rules, Collection<MemberGroup> tiers, SpendWindow storeWindow) {
        if (rules.isEmpty()) {
            return new TierLadder(List.of());
        }
        Map<Long, MemberGroup> byId = tiers.stream().collect(Collectors.toMap(MemberGroup::getId, tier -> tier));
        List<TierStep> steps = rules.stream().filter(rule -> byId.containsKey(rule.getGroupId()))
                .map(rule -> rule.step(byId.get(rule.getGroupId()), storeWindow))
                .collect(Collectors.toCollection(ArrayList::new));
        MemberGroup defaultTier = tiers.stream().filter(MemberGroup::isDefaultTier).findFirst().orElse(null);
        if (defaultTier != null && steps.stream().noneMatch(step -> step.groupId == defaultTier.getId())) {
            steps.add(new TierStep(defaultTier.getId(), defaultTier.getCode(), defaultTier.getRank(),
                    BigDecimal.ZERO, BigDecimal.ZERO, null, storeWindow));
        }
        return new TierLadder(steps);
    }

    /** The windows spend must be counted over to evaluate anyone on this ladder. */
    Set<SpendWindow> windows() {
        return tiers.stream().map(tier -> tier.window).collect(Collectors.toSet());
    }

    Optional<TierStep> byGroupId(long groupId) {
        return tiers.stream().filter(tier -> tier.groupId == groupId).findFirst();
    }

    /** The highest tier the spend reaches. */
    Optional<TierStep> reachedBy(SpendTotals spend) {
        return highest(tier -> tier.isReachedBy(spend));
    }

    /** The highest tier a single order of this amount reaches at once. */
    Optional<TierStep> reachedByOrder(BigDecimal orderAmount) {
        return highest(tier -> tier.isReachedByOrder(orderAmount));
    }

    /** The highest tier up to {@code current} whose keep threshold the spend still meets. */
    Optional<TierStep> keptBy(SpendTotals spend, TierStep current) {
        return highest(tier -> tier.rank <= current.rank && tier.isKeptBy(spend));
    }

    boolean isEmpty() {
        return tiers.isEmpty();
    }

    /** The tiers ranked above {@code tier}, lowest first. */
    List<TierStep> above(TierStep tier) {
        return tiers.stream().filter(other -> other.rank > tier.rank).collect(Collectors.toList());
    }

    TierStep lowest() {
        return tiers.get(0);
    }

    private Optional<TierStep> highest(Predicate<TierStep> test) {
        for (int i = tiers.size() - 1; i >= 0; i--) {
            if (test.test(tiers.get(i))) {
                return Optional.of(tiers.get(i));
            }
        }
        return Optional.empty();
    }
}
