package io.smm.membership.groups;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipTierJobRepository")
interface TierJobRepository extends JpaRepository<TierJobState, String> {

    /** Takes or renews the lease when it is free, expired or already ours: one conditional update. */
    @Modifying
    @Query("update SmmTierJob j set j.leaseOwner = :owner, j.leaseUntil = :until where j.storeCode = :storeCode"
            + " and (j.leaseUntil is null or j.leaseUntil < :now or j.leaseOwner = :owner)")
    int takeLease(String storeCode, String owner, Instant until, Instant now);

    @Modifying
    @Query("update SmmTierJob j set j.leaseOwner = null, j.leaseUntil = null where j.storeCode = :storeCode"
            + " and j.leaseOwner = :owner")
    int releaseLease(String storeCode, String owner);
}
