package io.smm.membership.orders;

/**
 * Told, inside the transaction that changes them, that a customer's paid orders may have changed: an order recorded,
 * its status or amounts changed, or a refund recorded.
 */
public interface OrderChanges {

    void changed(String storeCode, long customerId);
}
