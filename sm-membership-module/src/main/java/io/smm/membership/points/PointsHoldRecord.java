package io.smm.membership.points;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Transient;

import org.springframework.data.domain.Persistable;

import io.smm.membership.time.UtcInstantConverter;

/** Points a checkout holds, beside the REDEEM entry that took them: changed by conditional updates only. */
@Entity(name = "SmmPointsHold")
@Table(name = "SMM_POINTS_HOLD")
class PointsHoldRecord implements Persistable<Long> {

    @Id
    @Column(name = "REDEEM_ENTRY_ID")
    private Long redeemEntryId;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "ACCOUNT_ID", nullable = false)
    private Long accountId;

    @Column(name = "CART_CODE", nullable = false)
    private String cartCode;

    @Column(name = "POINTS", nullable = false)
    private long points;

    @Column(name = "ORDER_ID")
    private Long orderId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private PointsHoldState state;

    protected PointsHoldRecord() {
    }

    /** Always new: a hold is saved once, then changed by conditional updates only, so saving inserts at once. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }

    boolean isHeld() {
        return state == PointsHoldState.HELD;
    }

    @Override
    public Long getId() {
        return redeemEntryId;
    }

    PointsHoldRecord(long redeemEntryId, String storeCode, long accountId, String cartCode, long points,
            Instant expiresAt) {
        this.redeemEntryId = redeemEntryId;
        this.storeCode = storeCode;
        this.accountId = accountId;
        this.cartCode = cartCode;
        this.points = points;
        this.expiresAt = expiresAt;
        this.state = PointsHoldState.HELD;
    }

    Long getRedeemEntryId() {
        return redeemEntryId;
    }

    String getStoreCode() {
        return storeCode;
    }

    Long getOrderId() {
        return orderId;
    }

    Long getAccountId() {
        return accountId;
    }

    String getCartCode() {
        return cartCode;
    }

    long getPoints() {
        return points;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
