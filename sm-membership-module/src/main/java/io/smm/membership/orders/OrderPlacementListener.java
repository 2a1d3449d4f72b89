package io.smm.membership.orders;

/**
 * Work that must commit or roll back with the host's order, inside the transaction that wraps the host's
 * {@code orderService.processOrder}.
 */
public interface OrderPlacementListener {

    /** After the host placed the order; throwing rolls the order back too. */
    void orderPlaced(OrderFacts order);
}
