package io.smm.membership.coupons;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponBatchRepository")
interface CouponBatchRepository extends JpaRepository<CouponBatch, Long> {

    Optional<CouponBatch> findByIdAndStoreCode(Long id, String storeCode);

    @Modifying
    @Query("update SmmCouponBatch b set b.created = b.created + :count where b.id = :id")
    int addCreated(Long id, int count);
}
