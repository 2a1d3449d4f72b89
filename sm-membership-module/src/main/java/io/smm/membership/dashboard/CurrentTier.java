package io.smm.membership.dashboard;

/**
 * A member's current tier in native SQL, as every dashboard count takes it: the group of their tier row, else the
 * store's default tier (bound as {@code :defaultTier}). Join {@link #of} a table aliased {@code alias} with a
 * {@code CUSTOMER_ID}, then select {@link #ID}.
 */
final class CurrentTier {

    static final String ID = "coalesce(t.GROUP_ID, :defaultTier)";

    private CurrentTier() {
    }

    /** The tier row of each row's customer, as alias {@code t}. */
    static String of(String alias) {
        return " left join {h-schema}SMM_MEMBERSHIP t on t.CUSTOMER_ID = " + alias + ".CUSTOMER_ID and t.TIER_SLOT = 1";
    }
}
