package io.smm.membership.pricing;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** How many times a store's rules changed: an index built at an older stamp is stale. */
@Entity(name = "SmmPricingStamp")
@Table(name = "SMM_PRICING_STAMP")
class PricingStamp {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "STAMP", nullable = false)
    private long stamp;

    protected PricingStamp() {
    }

    PricingStamp(String storeCode) {
        this.storeCode = storeCode;
        this.stamp = 1;
    }
}
