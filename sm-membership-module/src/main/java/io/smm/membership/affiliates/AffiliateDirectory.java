package io.smm.membership.affiliates;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a store's affiliates for the other features: by id, by any tracking id they ever had, by a bound coupon, by
 * their customer account.
 */
public interface AffiliateDirectory {

    Optional<AffiliateCard> byId(String storeCode, long affiliateId);

    /** The affiliate of a tracking id, in use or old, matched whatever its case; any status. */
    Optional<AffiliateCard> byTrackingId(String storeCode, String trackingId);

    /** The affiliate a coupon of this code is bound to; any status. */
    Optional<AffiliateCard> byCouponCode(String storeCode, String couponCode);

    /** Whether the affiliate earns now (is active): one read, for a checkout that found it moments ago. */
    boolean earns(String storeCode, long affiliateId);

    /** The affiliate that is this customer of the store; any status. */
    Optional<AffiliateCard> byCustomer(String storeCode, long customerId);

    /** Those of the ids that are the store's affiliates, by id, as their payouts show them; read in one query. */
    Map<Long, AffiliatePayee> payeesOf(String storeCode, Collection<Long> affiliateIds);

    /**
     * Locks the affiliate's row until the caller's transaction ends, so that two callers doing something for one
     * affiliate (recording its payouts) take turns; false when the store has no such affiliate.
     */
    boolean lock(String storeCode, long affiliateId);

    AffiliateTerms termsOf(String storeCode);
}
