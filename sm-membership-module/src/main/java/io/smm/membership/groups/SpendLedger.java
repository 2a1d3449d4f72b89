package io.smm.membership.groups;

import java.time.Clock;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;

/**
 * Keeps a row per order of a known customer, with the order's status and amounts as the host has them, in the
 * host's own transaction: spend is counted from these rows, never from the host's tables.
 */
class SpendLedger implements OrderPlacementListener, OrderStatusListener {

    private final SpendOrderRepository orders;
    private final Clock clock;

    SpendLedger(SpendOrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void orderPlaced(OrderFacts order) {
        record(order);
    }

    @Override
    @Transactional
    public void orderChanged(OrderFacts order) {
        record(order);
    }

    private void record(OrderFacts order) {
        if (order.customerId() == null || order.storeCode() == null || order.placedAt() == null
                || order.currency() == null || order.total() == null) {
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
