package io.smm.membership.orders;

import java.math.BigDecimal;

/** An order the host has just placed, as membership features see it. */
public final class PlacedOrder {

    private final long orderId;
    private final Long customerId;
    private final String storeCode;
    private final BigDecimal total;

    public PlacedOrder(long orderId, Long customerId, String storeCode, BigDecimal total) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.storeCode = storeCode;
        this.total = total;
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
}
