package io.smm.membership.dashboard;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * When a customer registered, recorded as the registration seam saw it, for the host that does not date its
 * customers. A {@link Date} in the JVM's zone, like the host's own creation dates, so that the member roll can take
 * whichever of the two it has.
 */
@Entity(name = "SmmJoinedCustomer")
@Table(name = "SMM_CUSTOMER_JOINED")
public class JoinedCustomer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "JOINED_AT", nullable = false)
    private Date joinedAt;

    protected JoinedCustomer() {
    }

    JoinedCustomer(String storeCode, long customerId, Date joinedAt) {
        this.storeCode = storeCode;
        this.customerId = customerId;
        this.joinedAt = joinedAt;
    }
}
