package io.smm.membership.tiers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.tiers.SpendBackfill.BackfillProgress;

/** The backfill's bookkeeping in the database, each step its own short transaction. */
class SpendBackfillSteps {

    private final SpendBackfillRepository backfills;
    private final Clock clock;
    private final Duration lease;

    SpendBackfillSteps(SpendBackfillRepository backfills, Clock clock, Duration lease) {
        this.backfills = backfills;
        this.clock = clock;
        this.lease = lease;
    }

    /** Takes the store's lease for {@code owner} and starts a run; false when another instance holds it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean start(String storeCode, String owner) {
        Instant now = clock.instant();
        if (backfills.takeLease(storeCode, owner, now.plus(lease), now) != 1) {
            return false;
        }
        backfills.findById(storeCode).orElseThrow().start(now);
        return true;
    }

    /** @throws DataIntegrityViolationException when another instance created it at the same time */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(String storeCode) {
        if (backfills.findById(storeCode).isEmpty()) {
            backfills.saveAndFlush(new SpendBackfillState(storeCode));
        }
    }

    /** Records the orders read so far and renews the lease; false when the lease went to another instance. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean read(String storeCode, String owner, int ordersRead) {
        Instant now = clock.instant();
        if (backfills.takeLease(storeCode, owner, now.plus(lease), now) != 1) {
            return false;
        }
        backfills.findById(storeCode).orElseThrow().read(ordersRead);
        return true;
    }

    /** Ends the run as {@code outcome} and lets the lease go, unless another instance took the run over. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void end(String storeCode, String owner, BackfillProgress.Status outcome) {
        if (backfills.releaseLease(storeCode, owner) == 1) {
            backfills.findById(storeCode).orElseThrow().end(outcome, clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public BackfillProgress progress(String storeCode) {
        return backfills.findById(storeCode).map(state -> state.progressAt(clock.instant()))
                .orElse(BackfillProgress.IDLE);
    }
}
