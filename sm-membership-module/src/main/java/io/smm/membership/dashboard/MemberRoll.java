package io.smm.membership.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The host's customers of a store by their current tier, counted and listed with one where-clause: customers
 * created before {@code createdTo} and, when {@code createdFrom} is given, not before it (a customer whose creation
 * date the host does not know is a member at any moment and never a new one). A customer without a tier row holds
 * {@code defaultTierId}. Implemented in the host seam.
 */
public interface MemberRoll {

    /** Tier id to the number of such customers. */
    Map<Long, Long> countByTier(String storeCode, long defaultTierId, Instant createdFrom, Instant createdTo);

    /**
     * The ids of such customers in {@code tierId} (null: any tier), ascending, {@code limit} of them after the first
     * {@code offset}.
     */
    List<Long> customers(String storeCode, long defaultTierId, Long tierId, Instant createdFrom, Instant createdTo,
            int offset, int limit);

    /**
     * Up to {@code limit} of the store's customers with an id above {@code afterId}, ascending: id and creation date
     * ({@link java.util.Date}, null when the host does not know it).
     */
    List<Object[]> registrations(String storeCode, long afterId, int limit);
}
