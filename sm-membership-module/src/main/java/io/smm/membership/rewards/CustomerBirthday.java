package io.smm.membership.rewards;

import java.io.Serializable;
import java.time.Instant;
import java.time.MonthDay;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Transient;

import org.springframework.data.domain.Persistable;

import io.smm.membership.time.UtcInstantConverter;

/** A birthday the shopper set, once, because the host's record has none. */
@Entity(name = "SmmCustomerBirthday")
@Table(name = "SMM_CUSTOMER_BIRTHDAY")
@IdClass(CustomerBirthday.Key.class)
class CustomerBirthday implements Persistable<CustomerBirthday.Key> {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Id
    @Column(name = "CUSTOMER_ID")
    private long customerId;

    @Column(name = "BIRTH_MONTH", nullable = false)
    private int month;

    @Column(name = "BIRTH_DAY", nullable = false)
    private int day;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "SET_AT", nullable = false)
    private Instant setAt;

    protected CustomerBirthday() {
    }

    CustomerBirthday(String storeCode, long customerId, MonthDay birthday, Instant setAt) {
        this.storeCode = storeCode;
        this.customerId = customerId;
        this.month = birthday.getMonthValue();
        this.day = birthday.getDayOfMonth();
        this.setAt = setAt;
    }

    /** Always new: a birthday is set once and never updated, so a second one fails on the primary key. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }

    @Override
    public Key getId() {
        return Key.of(storeCode, customerId);
    }

    String getStoreCode() {
        return storeCode;
    }

    long getCustomerId() {
        return customerId;
    }

    MonthDay birthday() {
        return MonthDay.of(month, day);
    }

    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String storeCode;
        private long customerId;

        Key() {
        }

        static Key of(String storeCode, long customerId) {
            Key key = new Key();
            key.storeCode = storeCode;
            key.customerId = customerId;
            return key;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key)) {
                return false;
            }
            Key key = (Key) other;
            return customerId == key.customerId && Objects.equals(storeCode, key.storeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storeCode, customerId);
        }
    }
}
