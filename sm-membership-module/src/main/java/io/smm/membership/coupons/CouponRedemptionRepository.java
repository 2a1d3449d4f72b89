package io.smm.membership.coupons;

import java.time.Instant;
import java.util.List;

import javax.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponRedemptionRepository")
interface CouponRedemptionRepository extends JpaRepository<CouponRedemption, Long> {

    long countByCouponIdAndShopperKeyAndGivenBackAtIsNull(Long couponId, String shopperKey);

    /**
     * The shopper's uses of the coupon not given back, read with a shared lock: a locking read sees the latest
     * committed rows even under MariaDB's repeatable read. Under repeatable read it also locks a gap of the index,
     * which two coupons' checkouts can share and deadlock on; the order's transaction runs at read committed.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select r from SmmCouponRedemption r where r.couponId = :couponId and r.shopperKey = :shopperKey"
            + " and r.givenBackAt is null")
    List<CouponRedemption> lockUses(Long couponId, String shopperKey);

    List<CouponRedemption> findByStoreCodeAndOrderIdAndGivenBackAtIsNull(String storeCode, Long orderId);

    /** Marks a use given back unless it already is: 1 for the one call that did it, 0 for any other. */
    @Modifying
    @Query("update SmmCouponRedemption r set r.givenBackAt = :now, r.givenBackFor = :reason"
            + " where r.id = :id and r.givenBackAt is null")
    int markGivenBack(Long id, CouponRedemption.GivenBackFor reason, Instant now);

    /** The coupon's ledger, latest written first. */
    @Query("select r from SmmCouponRedemption r where r.couponId = :couponId order by r.id desc")
    Page<CouponRedemption> findUsage(Long couponId, Pageable page);

    /** The coupon's ledger rows written before {@code beforeId}, latest first: one chunk of the whole ledger. */
    List<CouponRedemption> findTop500ByCouponIdAndIdLessThanOrderByIdDesc(Long couponId, Long beforeId);

    /** Per currency: uses counted, uses given back, discount on counted uses, discount given back. */
    @Query("select r.currency, count(r) - count(r.givenBackAt), count(r.givenBackAt),"
            + " sum(case when r.givenBackAt is null then r.discount end),"
            + " sum(case when r.givenBackAt is not null then r.discount end)"
            + " from SmmCouponRedemption r where r.couponId = :couponId group by r.currency order by r.currency")
    List<Object[]> totals(Long couponId);

    /**
     * Redemptions per quarter hour of UTC wall-clock time (year, month, day, hour, first minute, count), non-empty
     * quarters only: every time zone's midnight falls on a quarter hour, so these add up to any zone's days.
     */
    @Query("select year(r.redeemedAt), month(r.redeemedAt), day(r.redeemedAt), hour(r.redeemedAt), " + QUARTER
            + ", count(r) from SmmCouponRedemption r where r.couponId = :couponId"
            + " and r.redeemedAt >= :from and r.redeemedAt < :to"
            + " group by year(r.redeemedAt), month(r.redeemedAt), day(r.redeemedAt), hour(r.redeemedAt), " + QUARTER)
    List<Object[]> redeemedPerQuarterHour(Long couponId, Instant from, Instant to);

    String QUARTER = "case when minute(r.redeemedAt) < 15 then 0 when minute(r.redeemedAt) < 30 then 15"
            + " when minute(r.redeemedAt) < 45 then 30 else 45 end";
}
