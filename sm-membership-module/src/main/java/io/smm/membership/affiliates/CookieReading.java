package io.smm.membership.affiliates;

import java.util.Optional;

/** What a tracking cookie said: a referral, or why it is ignored. */
public final class CookieReading {

    /** Whether the cookie is used, and if not why. */
    public enum Status {
        VALID,
        /** Its signature does not match what it says, or it is not a tracking cookie at all. */
        TAMPERED,
        /** Genuine, but even its latest click is older than the window. */
        EXPIRED,
        /** Genuine, written for another store of this installation: not this store's business. */
        OTHER_STORE
    }

    private static final CookieReading TAMPERED = new CookieReading(Status.TAMPERED, null);
    private static final CookieReading EXPIRED = new CookieReading(Status.EXPIRED, null);
    private static final CookieReading OTHER_STORE = new CookieReading(Status.OTHER_STORE, null);

    private final Status status;
    private final Referral referral;

    private CookieReading(Status status, Referral referral) {
        this.status = status;
        this.referral = referral;
    }

    static CookieReading valid(Referral referral) {
        return new CookieReading(Status.VALID, referral);
    }

    static CookieReading tampered() {
        return TAMPERED;
    }

    static CookieReading expired() {
        return EXPIRED;
    }

    static CookieReading otherStore() {
        return OTHER_STORE;
    }

    public Status status() {
        return status;
    }

    /** The referral of a valid cookie. */
    public Optional<Referral> referral() {
        return Optional.ofNullable(referral);
    }
}
