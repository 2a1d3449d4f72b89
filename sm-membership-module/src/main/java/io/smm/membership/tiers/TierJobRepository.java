package io.smm.membership.tiers;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipTierJobRepository")
interface TierJobRepository extends JpaRepository<TierJobState, String> {

    /** Takes or renews the lease when it is free, expired or already ours: one conditional update. */
    @Modifying
    @Query("update SmmTierJob j set j.lease.owner = :owner, j.lease.until = :until"
            + " where j.storeCode = :storeCode"
            + " and (j.lease.until is null or j.lease.until < :now or j.lease.owner = :owner)")
    int takeLease(String storeCode, String owner, Instant until, Instant now);

    @Modifying
    @Query("update SmmTierJob j set j.lease.owner = null, j.lease.until = null"
            + " where j.storeCode = :storeCode and j.lease.owner = :owner")
    int releaseLease(String storeCode, String owner);
}
