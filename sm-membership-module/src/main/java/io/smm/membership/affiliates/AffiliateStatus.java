package io.smm.membership.affiliates;

/** Where an affiliate stands: only an active one earns, and only its clicks are tracked. */
public enum AffiliateStatus {
    /** Applied, waiting for the owner's decision. */
    APPLIED,
    ACTIVE,
    /** Stopped by the owner: earns nothing until activated again. */
    SUSPENDED,
    /** The application was refused, with a reason. */
    REFUSED
}
