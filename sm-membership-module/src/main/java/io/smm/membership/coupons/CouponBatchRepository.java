package io.smm.membership.coupons;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponBatchRepository")
interface CouponBatchRepository extends JpaRepository<CouponBatch, Long> {

    Optional<CouponBatch> findByIdAndStoreCode(Long id, String storeCode);

    /** The codes running batches of that prefix and length still have to make. */
    @Query("select coalesce(sum(b.requested - b.created), 0) from SmmCouponBatch b where b.storeCode = :storeCode"
            + " and b.status = io.smm.membership.coupons.CouponBatchStatus.RUNNING"
            + " and b.prefix = :prefix and b.codeLength = :length")
    long pendingCodes(String storeCode, String prefix, int length);

    @Modifying
    @Query("update SmmCouponBatch b set b.created = b.created + :count where b.id = :id")
    int addCreated(Long id, int count);
}
