package io.smm.membership.tiers;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.jobs.Lease;
import io.smm.membership.tiers.SpendBackfill.BackfillProgress;
import io.smm.membership.time.UtcInstantConverter;

/** Where a store's backfill of older orders stands: its lease, and its current or last run. */
@Entity(name = "SmmSpendBackfill")
@Table(name = "SMM_SPEND_BACKFILL")
class SpendBackfillState {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Embedded
    private Lease lease;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private BackfillProgress.Status status;

    @Column(name = "ORDERS_READ", nullable = false)
    private int ordersRead;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    protected SpendBackfillState() {
    }

    SpendBackfillState(String storeCode) {
        this.storeCode = storeCode;
        this.status = BackfillProgress.Status.IDLE;
    }

    void start(Instant now) {
        status = BackfillProgress.Status.RUNNING;
        ordersRead = 0;
        startedAt = now;
        finishedAt = null;
    }

    void read(int orders) {
        ordersRead = orders;
    }

    void end(BackfillProgress.Status outcome, Instant now) {
        status = outcome;
        finishedAt = now;
    }

    /** A run whose lease ran out unrenewed was cut short: its instance died. */
    BackfillProgress progressAt(Instant now) {
        boolean cutShort = status == BackfillProgress.Status.RUNNING && Lease.isFree(lease, now);
        return new BackfillProgress(cutShort ? BackfillProgress.Status.FAILED : status, ordersRead, startedAt,
                cutShort && lease != null ? lease.getUntil() : finishedAt);
    }
}
