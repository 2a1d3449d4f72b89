package io.smm.membership.affiliates;

import java.util.Optional;

/** Why a click, a cookie or a link was ignored; the owner sees how often each happened. */
public enum RejectReason {
    /** The tracking id names no affiliate of the store, or one not (yet) accepted. */
    UNKNOWN_ID,
    /** The affiliate is suspended: its clicks and orders earn nothing. */
    SUSPENDED,
    /** A cookie whose signature does not match what it says. */
    TAMPERED_COOKIE,
    /** A genuine cookie whose clicks are all older than the window. */
    EXPIRED_COOKIE,
    /** A tracking link asked to send the shopper to another site. */
    FOREIGN_REDIRECT;

    /** Why an affiliate found by a tracking id, or none, is not credited: suspended, else unknown. */
    static RejectReason notEarning(Optional<AffiliateCard> affiliate) {
        return affiliate.map(AffiliateCard::status).filter(AffiliateStatus.SUSPENDED::equals).isPresent()
                ? SUSPENDED : UNKNOWN_ID;
    }
}
