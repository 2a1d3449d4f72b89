package io.smm.membership.orders;

/**
 * Work that must commit or roll back with the host's order. Called inside the transaction that wraps the host's
 * {@code orderService.processOrder}, after it returned; throwing rolls the order back too.
 */
public interface OrderPlacementListener {

    void orderPlaced(OrderFacts order);
}
