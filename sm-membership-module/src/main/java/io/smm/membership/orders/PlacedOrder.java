package io.smm.membership.orders;

import java.math.BigDecimal;
import java.util.Currency;

/** An order the host has just placed, as membership features see it. */
public final class PlacedOrder {

    private final long orderId;
    private final Long customerId;
    private final String storeCode;
    private final BigDecimal total;
    private final Currency currency;

    public PlacedOrder(long orderId, Long customerId, String storeCode, BigDecimal total, Currency currency) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.storeCode = storeCode;
        this.total = total;
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

    public BigDecimal total() {
        return total;
    }

    public Currency currency() {
        return currency;
    }
}
