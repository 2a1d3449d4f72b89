package io.smm.membership.points;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * Points of one earning or grant: what is left of them, what its order's give-backs still owe (they could not take
 * points the shopper had spent), when they become usable and when they expire. Its remainder never goes below zero
 * (a check constraint says so too).
 */
@Entity(name = "SmmPointsLot")
@Table(name = "SMM_POINTS_LOT")
class PointsLot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private Long accountId;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "EARN_ENTRY_ID", nullable = false)
    private Long earnEntryId;

    @Column(name = "EARNED", nullable = false)
    private long earned;

    @Column(name = "REMAINING", nullable = false)
    private long remaining;

    @Column(name = "OWED", nullable = false)
    private long owed;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "EARNED_AT", nullable = false)
    private Instant earnedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "USABLE_AT", nullable = false)
    private Instant usableAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected PointsLot() {
    }

    PointsLot(String storeCode, long accountId, long earnEntryId, long earned, Instant earnedAt, Instant usableAt,
            Instant expiresAt) {
        this.storeCode = storeCode;
        this.accountId = accountId;
        this.earnEntryId = earnEntryId;
        this.earned = earned;
        this.remaining = earned;
        this.earnedAt = earnedAt;
        this.usableAt = usableAt;
        this.expiresAt = expiresAt;
    }

    /** Adds {@code points} (signed) to the remainder. */
    void move(long points) {
        if (remaining + points < 0) {
            throw new IllegalStateException("lot " + id + " would go below zero");
        }
        remaining += points;
    }

    /** Adds {@code points} (signed) to what the lot's give-backs still owe. */
    void owe(long points) {
        owed += points;
    }

    boolean usableAt(Instant now) {
        return !usableAt.isAfter(now) && expiresAt.isAfter(now);
    }

    Long getId() {
        return id;
    }

    long getRemaining() {
        return remaining;
    }

    long getOwed() {
        return owed;
    }

    Long getEarnEntryId() {
        return earnEntryId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    String getStoreCode() {
        return storeCode;
    }

    Long getAccountId() {
        return accountId;
    }
}
