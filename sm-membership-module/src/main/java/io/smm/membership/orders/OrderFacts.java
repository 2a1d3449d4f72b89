package io.smm.membership.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A host order as membership features see it: who, where, when, its status and its amounts. */
public final class OrderFacts {

    private final long orderId;
    private final Long customerId;
    private final String storeCode;
    private final Instant placedAt;
    private final String status;
    private final BigDecimal total;
    private final BigDecimal shipping;
    private final BigDecimal tax;
    private final Currency currency;

    /**
     * @param shipping shipping and handling, part of {@code total}
     * @param tax taxes, part of {@code total}
     */
    public OrderFacts(long orderId, Long customerId, String storeCode, Instant placedAt, String status,
            BigDecimal total, BigDecimal shipping, BigDecimal tax, Currency currency) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.storeCode = storeCode;
        this.placedAt = placedAt;
        this.status = status;
        this.total = total;
        this.shipping = shipping;
        this.tax = tax;
        this.currency = currency;
    }

    public long orderId() {
        return orderId;
    }

    public Long customerId() {
        return customerId;
    }

    public String storeCode() {
        return storeCode;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** The host's status name: ORDERED, PROCESSED, DELIVERED, REFUNDED or CANCELED. */
    public String status() {
        return status;
    }

    public BigDecimal total() {
        return total;
    }

    public BigDecimal shipping() {
        return shipping;
    }

    public BigDecimal tax() {
        return tax;
    }

    public Currency currency() {
        return currency;
    }
}
