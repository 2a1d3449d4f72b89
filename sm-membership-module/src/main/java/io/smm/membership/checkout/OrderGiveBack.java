package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.Objects;

import io.smm.membership.orders.OrderFacts;

/**
 * An order canceled, refunded, or refunded in part: what each participant gives back its share of. The key names
 * the event once, so that a replay of it changes nothing.
 */
public final class OrderGiveBack {

    /** Why the order gives back. */
    public enum Kind { CANCELED, REFUNDED, PARTLY_REFUNDED }

    private final OrderFacts order;
    private final Kind kind;
    private final BigDecimal refunded;
    private final BigDecimal orderAmount;
    private final String key;

    private OrderGiveBack(OrderFacts order, Kind kind, BigDecimal refunded, BigDecimal orderAmount, String key) {
        this.order = order;
        this.kind = kind;
        this.refunded = refunded;
        this.orderAmount = orderAmount;
        this.key = Objects.requireNonNull(key);
    }

    /** The whole order canceled or refunded, as its host status says. */
    public static OrderGiveBack whole(OrderFacts order, Kind kind) {
        return new OrderGiveBack(order, kind, order.total(), order.total(), "order:" + kind);
    }

    /**
     * A part of the order refunded.
     *
     * @param orderAmount what the order was paid in full, before any refund
     * @param key the refund's own key
     */
    public static OrderGiveBack partial(OrderFacts order, BigDecimal refunded, BigDecimal orderAmount, String key) {
        return new OrderGiveBack(order, Kind.PARTLY_REFUNDED, refunded, orderAmount, "refund:" + key);
    }

    public OrderFacts order() {
        return order;
    }

    public Kind kind() {
        return kind;
    }

    /** The amount refunded; the order's total when the whole order is given back. */
    public BigDecimal refunded() {
        return refunded;
    }

    /** What the order was paid in full; a participant's share is its amount times refunded / orderAmount. */
    public BigDecimal orderAmount() {
        return orderAmount;
    }

    public String key() {
        return key;
    }
}
