package io.smm.membership.tiers;

import java.math.BigDecimal;

/** One order's counted amount, as an express upgrade weighs it. */
final class OrderSpend {

    final long orderId;
    final BigDecimal amount;

    OrderSpend(long orderId, BigDecimal amount) {
        this.orderId = orderId;
        this.amount = amount;
    }
}
