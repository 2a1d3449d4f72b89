package io.smm.membership.pricing;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** An immutable copy of a price rule, as the in-memory index keeps it for resolution. */
final class IndexedRule {

    final long id;
    final String name;
    final boolean allMembers;
    final Set<Long> groupIds;
    final RuleTarget target;
    final Long targetId;
    final Adjustment adjustment;
    final int minQuantity;
    final Instant startsAt;
    final Instant endsAt;
    final int priority;
    final boolean exclusive;

    IndexedRule(long id, String name, boolean allMembers, Set<Long> groupIds, RuleTarget target, Long targetId,
            Adjustment adjustment, int minQuantity, Instant startsAt, Instant endsAt, int priority,
            boolean exclusive) {
        this.id = id;
        this.name = name;
        this.allMembers = allMembers;
        this.groupIds = Set.copyOf(groupIds);
        this.target = target;
        this.targetId = targetId;
        this.adjustment = adjustment;
        this.minQuantity = minQuantity;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.priority = priority;
        this.exclusive = exclusive;
    }

    /** Whether the rule is for a shopper: every member when a customer, else one of their groups. */
    boolean isFor(boolean customer, Collection<Long> shopperGroupIds) {
        return allMembers ? customer : isForAnyOf(shopperGroupIds);
    }

    boolean isForAnyOf(Collection<Long> someGroupIds) {
        for (Long groupId : someGroupIds) {
            if (groupIds.contains(groupId)) {
                return true;
            }
        }
        return false;
    }

    boolean isOpenFor(int quantity, Instant at) {
        return quantity >= minQuantity && !startsAfter(at) && !hasEndedBy(at);
    }

    boolean startsAfter(Instant at) {
        return startsAt != null && at.isBefore(startsAt);
    }

    boolean hasEndedBy(Instant at) {
        return endsAt != null && !at.isBefore(endsAt);
    }
}
