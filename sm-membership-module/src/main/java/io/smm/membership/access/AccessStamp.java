package io.smm.membership.access;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** How many times a store's access rules or settings changed: a view built at an older stamp is stale. */
@Entity(name = "SmmAccessStamp")
@Table(name = "SMM_ACCESS_STAMP")
class AccessStamp {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "STAMP", nullable = false)
    private long stamp;

    protected AccessStamp() {
    }

    AccessStamp(String storeCode) {
        this.storeCode = storeCode;
        this.stamp = 1;
    }
}
