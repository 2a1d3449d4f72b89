package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What a store's tiers go by instead of spend, when the owner says so: a number per customer that another feature
 * keeps (loyalty points earned), read over the tiers' windows. Implemented by that feature, so that tiers depend on
 * none; without one, or when it does not decide for the store, tiers go by spend (docs/tiers.md).
 */
public interface TierMeasure {

    /** Whether the store's tiers go by this measure now. */
    boolean decides(String storeCode);

    /**
     * The customers' measure since {@code start} (inclusive; null: ever), by customer id; a customer with none may be
     * left out.
     */
    Map<Long, BigDecimal> of(String storeCode, Collection<Long> customerIds, Instant start);

    /** {@link #of} for every customer of the store with any. */
    Map<Long, BigDecimal> ofStore(String storeCode, Instant start);
}
