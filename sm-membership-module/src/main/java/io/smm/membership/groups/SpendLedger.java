package io.smm.membership.groups;

import java.time.Clock;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.orders.OrderFacts;

/**
 * Keeps a row per order of a known customer, with the order's status and amounts as the host has them, in the
 * host's own transaction: spend is counted from these rows, never from the host's tables.
 */
class SpendLedger {

    private final SpendOrderRepository orders;
    private final Clock clock;

    SpendLedger(SpendOrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** Whether the order is a known customer's, with what counting needs. */
    static boolean isRecordable(OrderFacts order) {
        return order.customerId() != null && order.storeCode() != null && order.placedAt() != null
                && order.currency() != null && order.total() != null && order.status() != null;
    }

    /** Records the order, or its new status and amounts; skips one that is not {@link #isRecordable}. */
    @Transactional
    public void record(OrderFacts order) {
        if (!isRecordable(order)) {
            return;
        }
        SpendOrder known = orders.findByStoreCodeAndOrderId(order.storeCode(), order.orderId()).orElse(null);
        if (known == null) {
            orders.save(new SpendOrder(order, clock.instant()));
        } else {
            known.update(order, clock.instant());
        }
    }
}
