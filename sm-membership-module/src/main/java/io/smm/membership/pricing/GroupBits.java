package io.smm.membership.pricing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The groups a store's rules name, each given one bit of a {@code long}, so that "is this rule for one of the
 * shopper's groups" is one AND. Past 63 groups the last bit is shared: it only says "maybe", and the caller
 * confirms with the group ids.
 */
final class GroupBits {

    static final long SHARED = 1L << 63;

    private final Map<Long, Long> bits = new HashMap<>();

    GroupBits(Collection<IndexedRule> rules) {
        for (IndexedRule rule : rules) {
            for (Long groupId : rule.groupIds) {
                bits.computeIfAbsent(groupId, id -> bits.size() < 63 ? 1L << bits.size() : SHARED);
            }
        }
    }

    long of(Collection<Long> groupIds) {
        long mask = 0;
        for (Long groupId : groupIds) {
            mask |= bits.getOrDefault(groupId, 0L);
        }
        return mask;
    }
}
