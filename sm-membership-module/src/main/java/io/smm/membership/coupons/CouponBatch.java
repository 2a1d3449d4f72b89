package io.smm.membership.coupons;

import java.time.Duration;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * One request for generated codes: {@code requested} copies of a template coupon, each under a fresh code of the
 * pattern. {@code created} counts the copies committed so far; a failure keeps them and names its reason as a
 * message key.
 */
@Entity(name = "SmmCouponBatch")
@Table(name = "SMM_COUPON_BATCH")
class CouponBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false, updatable = false)
    private String storeCode;

    @Column(name = "TEMPLATE_ID", nullable = false, updatable = false)
    private long templateId;

    @Column(name = "PREFIX", nullable = false, updatable = false)
    private String prefix;

    @Column(name = "CODE_LENGTH", nullable = false, updatable = false)
    private int codeLength;

    @Column(name = "ALPHABET", nullable = false, updatable = false)
    private String alphabet;

    @Column(name = "REQUESTED", nullable = false, updatable = false)
    private int requested;

    // written only by CouponBatchRepository.addCreated, in the transaction of the chunk it counts
    @Column(name = "CREATED", nullable = false, insertable = false, updatable = false)
    private int created;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private CouponBatchStatus status;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "STARTED_AT", nullable = false, updatable = false)
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "FAILURE")
    private String failure;

    protected CouponBatch() {
    }

    /** How long a batch may run before it is taken as cut short. */
    static final Duration GIVEN_UP_AFTER = Duration.ofHours(1);

    CouponBatch(String storeCode, long templateId, CodePattern pattern, int requested, Instant now) {
        this.storeCode = storeCode;
        this.templateId = templateId;
        this.prefix = pattern.prefix();
        this.codeLength = pattern.length();
        this.alphabet = pattern.alphabet();
        this.requested = requested;
        this.status = CouponBatchStatus.RUNNING;
        this.startedAt = now;
    }

    void finish(Instant now) {
        status = CouponBatchStatus.DONE;
        finishedAt = now;
    }

    void fail(String failureKey, Instant now) {
        status = CouponBatchStatus.FAILED;
        failure = failureKey;
        finishedAt = now;
    }

    /**
     * The batch's status at that moment. A batch still running an hour after it started was cut short (a
     * 100,000-code batch takes well under a minute): its process was killed, or its instance is gone.
     */
    CouponBatchStatus statusAt(Instant now) {
        return status == CouponBatchStatus.RUNNING && !startedAt.plus(GIVEN_UP_AFTER).isAfter(now)
                ? CouponBatchStatus.FAILED : status;
    }

    /** The message key of the failure at that moment, if the batch failed. */
    String failureAt(Instant now) {
        return failure == null && statusAt(now) == CouponBatchStatus.FAILED ? CouponBatchGeneration.INTERRUPTED
                : failure;
    }

    CodePattern pattern() {
        return CodePattern.of(prefix, codeLength, alphabet);
    }

    Long getId() {
        return id;
    }

    String getStoreCode() {
        return storeCode;
    }

    long getTemplateId() {
        return templateId;
    }

    int getRequested() {
        return requested;
    }

    int getCreated() {
        return created;
    }

    CouponBatchStatus getStatus() {
        return status;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    String getFailure() {
        return failure;
    }
}
