package io.smm.membership.pricing;

import java.util.List;

/** The rules of one target (a product, a category or the store), each with its groups as {@link GroupBits}. */
final class RuleList {

    private final IndexedRule[] rules;
    private final long[] groupMasks;

    RuleList(List<IndexedRule> rules, GroupBits bits) {
        this.rules = rules.toArray(new IndexedRule[0]);
        this.groupMasks = new long[this.rules.length];
        for (int i = 0; i < this.rules.length; i++) {
            groupMasks[i] = bits.of(this.rules[i].groupIds);
        }
    }

    /** Adds the rules that are for this shopper, whose groups are {@code shopperMask} in the same bits. */
    void addRulesFor(ShopperGroups shopper, long shopperMask, List<IndexedRule> found) {
        for (int i = 0; i < rules.length; i++) {
            IndexedRule rule = rules[i];
            long shared = groupMasks[i] & shopperMask;
            boolean forShopper = rule.allMembers ? shopper.customer
                    : shared != 0 && (shared != GroupBits.SHARED || rule.isForAnyOf(shopper.groupIds));
            if (forShopper) {
                found.add(rule);
            }
        }
    }
}
