package io.smm.membership.groups;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Embeddable;

import io.smm.membership.time.UtcInstantConverter;

/**
 * Which application instance may run a job now, and until when unless it renews: taken, renewed and let go only by
 * conditional updates in the database (see the repositories), so that one instance at a time holds it.
 */
@Embeddable
class Lease {

    @Column(name = "LEASE_OWNER")
    private String owner;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "LEASE_UNTIL")
    private Instant until;

    /** Whether nobody holds a lease at {@code now}: none was taken, it was let go, or it ran out unrenewed. */
    static boolean isFree(Lease lease, Instant now) {
        return lease == null || lease.until == null || lease.until.isBefore(now);
    }

    Instant getUntil() {
        return until;
    }
}
