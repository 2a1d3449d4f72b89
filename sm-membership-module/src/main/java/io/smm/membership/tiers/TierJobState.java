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
import io.smm.membership.time.UtcInstantConverter;

/** Where a store's daily tier job stands: its lease, and its current or last run. */
@Entity(name = "SmmTierJob")
@Table(name = "SMM_TIER_JOB")
public class TierJobState {

    /** A run in progress (or cut short, to resume), or the last one finished. */
    public enum Status { IDLE, RUNNING, FINISHED }

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Embedded
    private Lease lease;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private Status status;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "CURSOR_CUSTOMER_ID", nullable = false)
    private long cursorCustomerId;

    @Column(name = "EVALUATED", nullable = false)
    private int evaluated;

    @Column(name = "MOVED", nullable = false)
    private int moved;

    protected TierJobState() {
    }

    TierJobState(String storeCode) {
        this.storeCode = storeCode;
        this.status = Status.IDLE;
    }

    /** Starts a run, unless one was cut short: that one goes on from where it stopped. */
    void startOrResume(Instant now) {
        if (status != Status.RUNNING) {
            status = Status.RUNNING;
            startedAt = now;
            finishedAt = null;
            cursorCustomerId = 0;
            evaluated = 0;
            moved = 0;
        }
    }

    void advance(long lastCustomerId, int evaluatedNow, int movedNow) {
        cursorCustomerId = lastCustomerId;
        evaluated += evaluatedNow;
        moved += movedNow;
    }

    void finish(Instant now) {
        status = Status.FINISHED;
        finishedAt = now;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getCursorCustomerId() {
        return cursorCustomerId;
    }

    public int getEvaluated() {
        return evaluated;
    }

    public int getMoved() {
        return moved;
    }
}
