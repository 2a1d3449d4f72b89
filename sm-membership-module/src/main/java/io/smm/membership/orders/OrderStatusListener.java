package io.smm.membership.orders;

/**
 * Work that follows a host order's status change ({@code orderService.addOrderStatusHistory} or
 * {@code saveOrUpdate}). Called inside a transaction around the host's call, after it returned; throwing rolls the
 * host's change back too.
 */
public interface OrderStatusListener {

    void orderChanged(OrderFacts order);
}
