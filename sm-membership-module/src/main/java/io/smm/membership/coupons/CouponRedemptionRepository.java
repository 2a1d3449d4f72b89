package io.smm.membership.coupons;

import java.time.Instant;
import java.util.List;

import javax.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponRedemptionRepository")
interface CouponRedemptionRepository extends JpaRepository<CouponRedemption, Long> {

    /**
     * The shopper's uses of the coupon not given back, read with a shared lock: a locking read sees the latest
     * committed rows even under MariaDB's repeatable read.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select r from SmmCouponRedemption r where r.couponId = :couponId and r.shopperKey = :shopperKey"
            + " and r.givenBackAt is null")
    List<CouponRedemption> lockUses(Long couponId, String shopperKey);

    long countByCouponIdAndShopperKeyAndGivenBackAtIsNull(Long couponId, String shopperKey);

    List<CouponRedemption> findByStoreCodeAndOrderIdAndGivenBackAtIsNull(String storeCode, Long orderId);

    /** Marks a use given back unless it already is: 1 for the one call that did it, 0 for any other. */
    @Modifying
    @Query("update SmmCouponRedemption r set r.givenBackAt = :now, r.givenBackFor = :reason"
            + " where r.id = :id and r.givenBackAt is null")
    int markGivenBack(Long id, CouponRedemption.GivenBackFor reason, Instant now);
}
