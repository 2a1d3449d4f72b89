package io.smm.membership.groups;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;

/**
 * How the tiers feature places customers in tier groups: where they sit, their tiers locked for a move, and the
 * move itself with its history entry. Every move runs in the caller's transaction, after the caller took the
 * customer's {@link StandingLock}, as every change of a tier does.
 */
public class TierPlacement {

    private final MembershipService memberships;
    private final MembershipRepository rows;

    TierPlacement(MembershipService memberships, MembershipRepository rows) {
        this.memberships = memberships;
        this.rows = rows;
    }

    /** The customer's tier, locked for the rest of the transaction: the default tier when they have no row. */
    public HeldTier lockTierOf(String storeCode, long customerId) {
        return memberships.lockTierOf(storeCode, customerId);
    }

    /** The tiers of these customers, locked in customer id order, as {@link #lockTierOf} locks one. */
    public Map<Long, HeldTier> lockTiersOf(String storeCode, Collection<Long> customerIds) {
        return memberships.lockTiersOf(storeCode, customerIds);
    }

    /**
     * Moves a customer's tier as a tier rule decided, their tier locked already ({@code held}); the history names
     * the rule by its message key and arguments.
     */
    public void moveTierByRule(String storeCode, long customerId, HeldTier held, MemberGroup target,
            String reasonKey, List<String> reasonArgs) {
        memberships.moveTierByRule(storeCode, customerId, held, target, reasonKey, reasonArgs);
    }

    /** Moves a customer to a tier by hand, as {@link MembershipService#moveTier} does; false when already there. */
    public boolean moveTierHoldingStanding(String storeCode, long customerId, String tierCode, Actor actor,
            String reason) {
        return memberships.moveTierHoldingStanding(storeCode, customerId, tierCode, actor, reason);
    }

    /** Customers placed in a tier by a row (not the default tier by absence), after a customer id, in order. */
    public List<Long> tieredCustomersAfter(String storeCode, long after, int limit) {
        return rows.tieredCustomersAfter(storeCode, after, PageRequest.of(0, limit));
    }

    /** The tier group id of every customer of the store placed in a tier by a row, by customer id. */
    public Map<Long, Long> tierGroupIdsOf(String storeCode) {
        Map<Long, Long> tierOf = new HashMap<>();
        rows.tiersOfStore(storeCode).forEach(row -> tierOf.put((Long) row[0], (Long) row[1]));
        return tierOf;
    }
}
