package io.smm.membership.tiers;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.orders.OrderChanges;
import io.smm.membership.orders.OrderFacts;

/**
 * Keeps a row per order of a known customer, with the order's status and amounts as the host has them, in the
 * host's own transaction: spend is counted from these rows, never from the host's tables.
 */
class SpendLedger {

    private final SpendOrderRepository orders;
    private final OrderChanges changes;
    private final Clock clock;

    SpendLedger(SpendOrderRepository orders, OrderChanges changes, Clock clock) {
        this.orders = orders;
        this.changes = changes;
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
        if (isRecordable(order)
                && keep(order, orders.findByStoreCodeAndOrderId(order.storeCode(), order.orderId()).orElse(null))) {
            changes.changed(order.storeCode(), order.customerId());
        }
    }

    /**
     * Records a page of one store's orders, as {@link #record} records each, in one transaction; a customer with many
     * changed orders in the page is told of once.
     */
    @Transactional
    public void recordAll(String storeCode, List<OrderFacts> page) {
        Map<Long, SpendOrder> known = orders.findByStoreCodeAndOrderIdIn(storeCode,
                page.stream().map(OrderFacts::orderId).collect(Collectors.toList())).stream()
                .collect(Collectors.toMap(SpendOrder::getOrderId, order -> order));
        Set<Long> changed = new LinkedHashSet<>();
        for (OrderFacts order : page) {
            if (isRecordable(order) && keep(order, known.get(order.orderId()))) {
                changed.add(order.customerId());
            }
        }
        changed.forEach(customerId -> changes.changed(storeCode, customerId));
    }

    /** Keeps the order's row; whether what paid orders are counted from changed. */
    private boolean keep(OrderFacts order, SpendOrder known) {
        boolean counted = known == null || known.countsDifferently(order);
        if (known == null) {
            orders.save(new SpendOrder(order, clock.instant()));
        } else {
            known.update(order, clock.instant());
        }
        return counted;
    }
}
