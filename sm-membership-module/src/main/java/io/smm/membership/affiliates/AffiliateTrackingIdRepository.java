package io.smm.membership.affiliates;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipAffiliateTrackingIdRepository")
interface AffiliateTrackingIdRepository extends JpaRepository<AffiliateTrackingId, Long> {

    /** The row of a tracking id as stored (lower case), in use or old. */
    Optional<AffiliateTrackingId> findByStoreCodeAndTrackingId(String storeCode, String trackingId);

    Optional<AffiliateTrackingId> findByAffiliateIdAndInUseTrue(Long affiliateId);

    /** The affiliate's id in use, by a locking read: the latest committed, whatever the transaction read before. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SmmAffiliateTrackingId t where t.affiliateId = :affiliateId and t.inUse = true")
    Optional<AffiliateTrackingId> lockInUse(Long affiliateId);

    List<AffiliateTrackingId> findByAffiliateIdInAndInUseTrue(Collection<Long> affiliateIds);

    List<AffiliateTrackingId> findByAffiliateIdOrderByCreatedAtAscIdAsc(Long affiliateId);

    /** The store's tracking ids that start with {@code prefix} (tracking ids have no {@code %} or {@code _}). */
    @Query("select t.trackingId from SmmAffiliateTrackingId t where t.storeCode = :storeCode"
            + " and t.trackingId like concat(:prefix, '%')")
    List<String> startingWith(String storeCode, String prefix);
}
