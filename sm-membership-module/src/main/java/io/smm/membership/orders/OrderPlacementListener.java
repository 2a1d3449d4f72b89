package io.smm.membership.orders;

/**
 * Work that must commit or roll back with the host's order, inside the transaction that wraps the host's
 * {@code orderService.processOrder}.
 */
public interface OrderPlacementListener {

    /**
     * Before the host places the order and takes its payment; throwing refuses the order before anything is
     * charged.
     */
    default void orderPlacing() {
    }

    /** After the host placed the order; throwing rolls the order back too. */
    void orderPlaced(OrderFacts order);
}
