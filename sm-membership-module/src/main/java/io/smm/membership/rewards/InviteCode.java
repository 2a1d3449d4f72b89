package io.smm.membership.rewards;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** A member's invite code: one per customer of a store, naming one customer of it. */
@Entity(name = "SmmInviteCode")
@Table(name = "SMM_INVITE_CODE")
class InviteCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Column(name = "CODE", nullable = false)
    private String code;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected InviteCode() {
    }

    InviteCode(String storeCode, long customerId, String code, Instant createdAt) {
        this.storeCode = storeCode;
        this.customerId = customerId;
        this.code = code;
        this.createdAt = createdAt;
    }

    long getCustomerId() {
        return customerId;
    }

    String getCode() {
        return code;
    }
}
