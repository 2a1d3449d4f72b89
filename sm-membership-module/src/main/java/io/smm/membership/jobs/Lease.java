package io.smm.membership.jobs;

import java.time.Instant;
import java.util.function.BooleanSupplier;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Embeddable;

import org.springframework.dao.DataIntegrityViolationException;

import io.smm.membership.time.UtcInstantConverter;

/**
 * Which node may run a job now, and until when unless it renews: the lease columns of a job's row, taken, renewed
 * and let go only by conditional updates in the database (see the repositories), so that one node at a time holds
 * it. {@link JobLeaseTaker} keeps the leases of jobs with no row of their own; a job with one embeds these columns.
 */
@Embeddable
public class Lease {

    @Column(name = "LEASE_OWNER")
    private String owner;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "LEASE_UNTIL")
    private Instant until;

    /** Whether nobody holds a lease at {@code now}: none was taken, it was let go, or it ran out unrenewed. */
    public static boolean isFree(Lease lease, Instant now) {
        return lease == null || lease.until == null || lease.until.isBefore(now);
    }

    /**
     * Takes the lease of a job whose row the first node to need it creates: creates the row first if there is
     * none; false when another node holds the lease, or created the row at the same moment (it then holds it).
     *
     * @param take the conditional update that takes the lease, true when it did
     * @param create creates the row; throws {@link DataIntegrityViolationException} when another did at once
     */
    public static boolean takeOrCreate(BooleanSupplier take, Runnable create) {
        if (take.getAsBoolean()) {
            return true;
        }
        try {
            create.run();
        } catch (DataIntegrityViolationException createdByAnother) {
            return false;
        }
        return take.getAsBoolean();
    }

    public Instant getUntil() {
        return until;
    }
}
