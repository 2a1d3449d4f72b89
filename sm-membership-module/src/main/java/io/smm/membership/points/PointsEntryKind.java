package io.smm.membership.points;

/** What a ledger entry records; see docs/points.md#movements. */
public enum PointsEntryKind {
    /** Points earned by an order (pending until the return window passes). */
    EARN,
    /** Earned points taken back by a cancel or refund of their order. */
    UNEARN,
    /** Points held by a checkout to pay part of its order. */
    REDEEM,
    /** A failed checkout's held points, back into the lots they came from. */
    RELEASE,
    /** Redeemed points of a canceled or refunded order, back into the lots they came from. */
    RETURN,
    /** What remained of a lot when it expired. */
    EXPIRE,
    /** An owner's adjustment, with its reason and actor. */
    ADJUST,
    /** Points granted by a reward (welcome, birthday, referral). */
    REWARD
}
