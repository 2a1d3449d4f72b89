package io.smm.membership.points;

/** Grants points for something other than an order (a reward), once per key: the ledger's {@code grant}. */
@FunctionalInterface
public interface PointsGrants {

    /**
     * Grants {@code points} (positive), usable at once, expiring by the store's settings, in the caller's
     * transaction or one of its own.
     *
     * @return false when the key was granted before (a replay), and nothing was written
     */
    boolean grant(String storeCode, long customerId, long points, String key, String reason);
}
