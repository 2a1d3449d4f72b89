package io.smm.membership.affiliates;

import java.util.Optional;

/** Finds a store's affiliates for the other features: by id, by any tracking id they ever had, by a bound coupon. */
public interface AffiliateDirectory {

    Optional<AffiliateCard> byId(String storeCode, long affiliateId);

    /** The affiliate of a tracking id, in use or old, matched whatever its case; any status. */
    Optional<AffiliateCard> byTrackingId(String storeCode, String trackingId);

    /** The affiliate a coupon of this code is bound to; any status. */
    Optional<AffiliateCard> byCouponCode(String storeCode, String couponCode);

    /** Whether the affiliate earns now (is active): one read, for a checkout that found it moments ago. */
    boolean earns(String storeCode, long affiliateId);

    AffiliateTerms termsOf(String storeCode);
}
