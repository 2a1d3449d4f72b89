package io.smm.membership.dashboard;

/**
 * A figure of the dashboard that counts members, and so can list them: each is counted and listed from one set of
 * (member, tier) rows, so that a figure and its list cannot disagree.
 */
public enum DashboardFigure {
    /** Customers created before the period's end (or on an unknown date), by current tier. */
    MEMBERS,
    /** Customers created in the period. */
    NEW_MEMBERS,
    /** Members with a paid order placed in the period. */
    ACTIVE,
    /** Members with two or more paid orders placed in the period. */
    REPURCHASERS,
    /** Members with a paid order before the period's end but none in the sleep days up to it. */
    SLEEPING,
    /** Members whose tier changed in the period (from and to say which move). */
    MOVED,
    /** Members who redeemed a coupon, not given back, in the period. */
    COUPON_USERS,
    /** Members whose order placed in the period earned an affiliate a commission. */
    AFFILIATE_BUYERS;

    /** Whether the host's customers answer it rather than our tables. */
    boolean isHostRoll() {
        return this == MEMBERS || this == NEW_MEMBERS;
    }
}
