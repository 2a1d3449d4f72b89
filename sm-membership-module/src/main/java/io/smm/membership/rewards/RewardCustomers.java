package io.smm.membership.rewards;

import java.util.List;
import java.util.Optional;

import io.smm.membership.orders.OrderFacts;

/** What rewards read of the host's customers and orders (implemented by the host seam). */
public interface RewardCustomers {

    Optional<RewardCustomer> find(long customerId);

    /** Registered customers whose host record has a birthday in the month, after an id, in id order. */
    List<StoreCustomer> bornIn(int month, long afterId, int limit);

    /** The customer's first order in the store that is neither canceled nor refunded. */
    Optional<OrderFacts> firstStandingOrder(String storeCode, long customerId);

    /** A customer of a store. */
    final class StoreCustomer {

        private final String storeCode;
        private final long customerId;

        public StoreCustomer(String storeCode, long customerId) {
            this.storeCode = storeCode;
            this.customerId = customerId;
        }

        public String storeCode() {
            return storeCode;
        }

        public long customerId() {
            return customerId;
        }
    }
}
