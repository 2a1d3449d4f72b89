package io.smm.membership.orders;

import java.util.List;

/** The host's orders of a store, read in id order: what a backfill of spend goes through. */
public interface OrderHistory {

    /** The store's orders with ids above {@code afterOrderId}, lowest id first, at most {@code limit}. */
    List<OrderFacts> after(String storeCode, long afterOrderId, int limit);
}
