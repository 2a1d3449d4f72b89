package io.smm.membership.groups;

import java.time.Instant;
import java.util.List;

/**
 * The tier moves of the membership history, counted by the database for the tier charts: which tiers customers
 * reached and left in a period, and how many moved from one tier to another. Rows as the queries of
 * {@link MembershipChangeRepository} describe them.
 */
public class TierHistory {

    private static final MembershipChange.Type TIER_CHANGED = MembershipChange.Type.TIER_CHANGED;

    private final MembershipChangeRepository history;

    TierHistory(MembershipChangeRepository history) {
        this.history = history;
    }

    /** Rows of (tier code, customers): the tier each customer moved in [since, end) held at {@code end}. */
    public List<Object[]> latestTargets(String storeCode, Instant since, Instant end) {
        return history.latestTargets(storeCode, TIER_CHANGED, since, end);
    }

    /** Rows of (tier code, customers): the tier each customer moved in [start, end) held before {@code start}. */
    public List<Object[]> formerTargets(String storeCode, Instant start, Instant end) {
        return history.formerTargets(storeCode, TIER_CHANGED, start, end);
    }

    /** Rows of (from code or null, to code, moves): the store's tier moves in [start, end). */
    public List<Object[]> movesBetween(String storeCode, Instant start, Instant end) {
        return history.movesBetween(storeCode, TIER_CHANGED, start, end);
    }
}
