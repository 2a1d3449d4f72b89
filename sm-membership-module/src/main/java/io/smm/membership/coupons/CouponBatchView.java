package io.smm.membership.coupons;

import java.time.Instant;

import io.smm.membership.time.Instants;

/** A batch as our JSON and pages show it: its pattern, its progress, and the message key of a failure. */
public final class CouponBatchView {

    private final long id;
    private final long templateId;
    private final String prefix;
    private final int length;
    private final String alphabet;
    private final int requested;
    private final int created;
    private final CouponBatchStatus status;
    private final String startedAt;
    private final String finishedAt;
    private final String failure;

    private CouponBatchView(CouponBatch batch, Instant now) {
        CodePattern pattern = batch.pattern();
        this.id = batch.getId();
        this.templateId = batch.getTemplateId();
        this.prefix = pattern.prefix();
        this.length = pattern.length();
        this.alphabet = pattern.alphabet();
        this.requested = batch.getRequested();
        this.created = batch.getCreated();
        this.status = batch.statusAt(now);
        this.startedAt = Instants.iso(batch.getStartedAt());
        this.finishedAt = Instants.iso(batch.getFinishedAt());
        this.failure = batch.failureAt(now);
    }

    static CouponBatchView of(CouponBatch batch, Instant now) {
        return new CouponBatchView(batch, now);
    }

    public long getId() {
        return id;
    }

    public long getTemplateId() {
        return templateId;
    }

    public String getPrefix() {
        return prefix;
    }

    public int getLength() {
        return length;
    }

    public String getAlphabet() {
        return alphabet;
    }

    public int getRequested() {
        return requested;
    }

    public int getCreated() {
        return created;
    }

    public CouponBatchStatus getStatus() {
        return status;
    }

    public String getStartedAt() {
        return startedAt;
    }

    public String getFinishedAt() {
        return finishedAt;
    }

    /** The message key saying why the batch failed; null unless it did. */
    public String getFailure() {
        return failure;
    }
}
