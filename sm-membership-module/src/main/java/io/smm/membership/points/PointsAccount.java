package io.smm.membership.points;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A shopper's points in one store. Its row is the lock every movement of the account takes first; its balance is
 * changed only by relative updates under that lock (see {@link PointsAccountRepository#move}).
 */
@Entity(name = "SmmPointsAccount")
@Table(name = "SMM_POINTS_ACCOUNT")
class PointsAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "BALANCE", nullable = false)
    private long balance;

    @Column(name = "VERSION", nullable = false)
    private long version;

    protected PointsAccount() {
    }

    PointsAccount(String storeCode, long customerId) {
        this.storeCode = storeCode;
        this.customerId = customerId;
    }

    Long getId() {
        return id;
    }

    long getBalance() {
        return balance;
    }
}
