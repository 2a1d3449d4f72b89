package io.smm.membership.tiers;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipSpendBackfillRepository")
interface SpendBackfillRepository extends JpaRepository<SpendBackfillState, String> {

    /** Takes or renews the lease when it is free, expired or already ours: one conditional update. */
    @Modifying
    @Query("update SmmSpendBackfill b set b.lease.owner = :owner, b.lease.until = :until"
            + " where b.storeCode = :storeCode"
            + " and (b.lease.until is null or b.lease.until < :now or b.lease.owner = :owner)")
    int takeLease(String storeCode, String owner, Instant until, Instant now);

    @Modifying
    @Query("update SmmSpendBackfill b set b.lease.owner = null, b.lease.until = null"
            + " where b.storeCode = :storeCode and b.lease.owner = :owner")
    int releaseLease(String storeCode, String owner);
}
