package io.smm.membership.points;

/** Grants points that are usable at once (owner grants, rewards), each under a key of its own. */
public interface PointsGrants {

    /** Grants the points; false when the key was granted before (a replay), which changes nothing. */
    boolean grant(String store, long customerId, long points, String key, String reason);
}
