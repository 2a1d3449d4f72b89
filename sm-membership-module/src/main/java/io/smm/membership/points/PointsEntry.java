package io.smm.membership.points;

import java.math.BigDecimal;
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

/** One movement of an account's points, append-only, once per key in the store. */
@Entity(name = "SmmPointsEntry")
@Table(name = "SMM_POINTS_ENTRY")
class PointsEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private Long accountId;

    @Column(name = "ENTRY_KEY", nullable = false)
    private String entryKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private PointsEntryKind kind;

    @Column(name = "POINTS", nullable = false)
    private long points;

    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "CART_CODE")
    private String cartCode;

    @Column(name = "REFUNDED")
    private BigDecimal refunded;

    @Column(name = "REASON")
    private String reason;

    @Column(name = "ACTOR")
    private String actor;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected PointsEntry() {
    }

    /** @param points signed: positive when the account gains them */
    PointsEntry(String storeCode, long accountId, String entryKey, PointsEntryKind kind, long points,
            Instant recordedAt) {
        this.storeCode = storeCode;
        this.accountId = accountId;
        this.entryKey = entryKey;
        this.kind = kind;
        this.points = points;
        this.recordedAt = recordedAt;
    }

    /** This entry, of the account (known once the movement has locked it). */
    PointsEntry of(long accountId) {
        this.accountId = accountId;
        return this;
    }

    PointsEntry forOrder(Long orderId, BigDecimal refunded) {
        this.orderId = orderId;
        this.refunded = refunded;
        return this;
    }

    PointsEntry forCart(String cartCode) {
        this.cartCode = cartCode;
        return this;
    }

    PointsEntry because(String reason, String actor) {
        this.reason = reason;
        this.actor = actor;
        return this;
    }

    Long getId() {
        return id;
    }

    String getStoreCode() {
        return storeCode;
    }

    Long getAccountId() {
        return accountId;
    }

    String getEntryKey() {
        return entryKey;
    }

    BigDecimal getRefunded() {
        return refunded;
    }

    PointsEntryKind getKind() {
        return kind;
    }

    long getPoints() {
        return points;
    }

    Long getOrderId() {
        return orderId;
    }

    String getReason() {
        return reason;
    }

    String getActor() {
        return actor;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
