package io.smm.membership.tiers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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
        if (!isRecordable(order)) {
            return;
        }
        keep(order, orders.findByStoreCodeAndOrderId(order.storeCode(), order.orderId()).orElse(null));
    }

    /** Records a page of one store's orders, as {@link #record} records each, in one transaction. */
    @Transactional
    public void recordAll(String storeCode, List<OrderFacts> page) {
        Map<Long, SpendOrder> known = orders.findByStoreCodeAndOrderIdIn(storeCode,
                page.stream().map(OrderFacts::orderId).collect(Collectors.toList())).stream()
                .collect(Collectors.toMap(SpendOrder::getOrderId, order -> order));
        page.stream().filter(SpendLedger::isRecordable).forEach(order -> keep(order, known.get(order.orderId())));
    }

    private void keep(OrderFacts order, SpendOrder known) {
        boolean counted = known == null || known.countsDifferently(order);
        if (known == null) {
            orders.save(new SpendOrder(order, clock.instant()));
        } else {
            known.update(order, clock.instant());
        }
        if (counted) {
            changes.changed(order.storeCode(), order.customerId());
        }
    }
}
