package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as an evaluation counts it: its amounts, read as values rather than as managed entities, so that a
 * batch's thousands of orders cost nothing when the transaction flushes. Public only because Hibernate
 * instantiates it from a query.
 */
public final class CountedOrder {

    private final long customerId;
    private final long orderId;
    private final Instant placedAt;
    private final BigDecimal total;
    private final BigDecimal shipping;
    private final BigDecimal tax;

    public CountedOrder(long customerId, long orderId, Instant placedAt, BigDecimal total, BigDecimal shipping,
            BigDecimal tax) {
        this.customerId = customerId;
        this.orderId = orderId;
        this.placedAt = placedAt;
        this.total = total;
        this.shipping = shipping;
        this.tax = tax;
    }

    /** What the order counts for, by the store's settings. */
    BigDecimal counted(TierSettings settings) {
        return settings.counted(total, shipping, tax);
    }

    boolean isPlacedBefore(Instant instant) {
        return placedAt.isBefore(instant);
    }

    long customerId() {
        return customerId;
    }

    long orderId() {
        return orderId;
    }
}
