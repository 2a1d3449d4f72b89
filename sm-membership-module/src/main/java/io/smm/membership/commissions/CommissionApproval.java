package io.smm.membership.commissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.smm.membership.jobs.JobLeaseTaker;

/**
 * Approves the pending commissions whose return window has passed, on one node at a time (the
 * {@value #JOB} lease), batch by batch in id order, each batch a short transaction of its own: a refund waits for at
 * most one batch, and a run cut short is finished by the next.
 */
public class CommissionApproval {

    static final String JOB = "affiliate-commission-approval";
    private static final Logger LOGGER = LoggerFactory.getLogger(CommissionApproval.class);
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final CommissionLedger ledger;
    private final JobLeaseTaker leases;
    private final Clock clock;
    private final int batchSize;

    CommissionApproval(CommissionLedger ledger, JobLeaseTaker leases, Clock clock, int batchSize) {
        this.ledger = ledger;
        this.leases = leases;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Approves every commission due now; how many it approved, or -1 when another node is running the job. */
    public int approveDue() {
        return approveDue(null, clock.instant());
    }

    /** {@link #approveDue()} for one store's commissions only: its owner's "approve now". */
    public int approveDue(String storeCode) {
        return approveDue(storeCode, clock.instant());
    }

    /** {@link #approveDue()} as if it were {@code now}, of one store or, for a null store, of every store. */
    int approveDue(String storeCode, Instant now) {
        if (!leases.take(JOB, LEASE)) {
            return -1;
        }
        int approved = 0;
        try {
            long afterId = 0;
            for (Optional<CommissionLedger.ApprovedBatch> batch = ledger.approveNext(storeCode, afterId, now,
                    batchSize); batch.isPresent(); batch = ledger.approveNext(storeCode, afterId, now, batchSize)) {
                approved += batch.get().approved;
                afterId = batch.get().lastId;
                if (!leases.take(JOB, LEASE)) {
                    break;
                }
            }
        } finally {
            leases.release(JOB);
        }
        if (approved > 0) {
            LOGGER.info("Approved {} affiliate commissions whose return window has passed", approved);
        }
        return approved;
    }
}
