package io.smm.membership.orders;

import java.util.List;
import java.util.Optional;

/** The host's orders of a store. */
public interface OrderHistory {

    /** The store's orders with ids above {@code afterOrderId}, lowest id first, at most {@code limit}. */
    List<OrderFacts> after(String storeCode, long afterOrderId, int limit);

    /** The store's order of this id. */
    Optional<OrderFacts> find(String storeCode, long orderId);

    /** The order's lines, in the host's order; empty for an order the store does not have. */
    List<OrderLine> lines(String storeCode, long orderId);
}
