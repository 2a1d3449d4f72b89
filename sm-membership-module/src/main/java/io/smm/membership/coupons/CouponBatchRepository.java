package io.smm.membership.coupons;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponBatchRepository")
interface CouponBatchRepository extends JpaRepository<CouponBatch, Long> {

    Optional<CouponBatch> findByIdAndStoreCode(Long id, String storeCode);

    Page<CouponBatch> findByStoreCode(String storeCode, Pageable page);

    List<CouponBatch> findTop20ByStoreCodeAndTemplateIdOrderByIdDesc(String storeCode, Long templateId);

    /**
     * The codes batches of that prefix and length still have to make: those running and started after
     * {@code since} (an older one still running was cut short, see {@link CouponBatch#statusAt}).
     */
    @Query("select coalesce(sum(b.requested - b.created), 0) from SmmCouponBatch b where b.storeCode = :storeCode"
            + " and b.status = io.smm.membership.coupons.CouponBatchStatus.RUNNING and b.startedAt > :since"
            + " and b.prefix = :prefix and b.codeLength = :length")
    long pendingCodes(String storeCode, String prefix, int length, Instant since);

    @Modifying
    @Query("update SmmCouponBatch b set b.created = b.created + :count where b.id = :id")
    int addCreated(Long id, int count);
}
