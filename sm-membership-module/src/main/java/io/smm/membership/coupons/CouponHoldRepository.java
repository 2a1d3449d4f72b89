package io.smm.membership.coupons;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponHoldRepository")
interface CouponHoldRepository extends JpaRepository<CouponHold, Long> {

    Optional<CouponHold> findByCouponIdAndCartCode(Long couponId, String cartCode);

    long countByCouponIdAndShopperKey(Long couponId, String shopperKey);

    @Modifying
    @Query("update SmmCouponHold h set h.expiresAt = :expiresAt where h.id = :id")
    int extend(Long id, Instant expiresAt);

    /** Ends a hold: 1 for the one call that ended it, 0 when it was already gone. */
    @Modifying
    @Query("delete from SmmCouponHold h where h.id = :id")
    int end(Long id);

    /** Ends a hold that has expired: 1 for the one call that ended it. */
    @Modifying
    @Query("delete from SmmCouponHold h where h.id = :id and h.expiresAt < :now")
    int endExpired(Long id, Instant now);

    @Query("select h from SmmCouponHold h where h.expiresAt < :now order by h.expiresAt")
    List<CouponHold> expired(Instant now, Pageable page);

    @Query("select count(h) from SmmCouponHold h where h.couponId = :couponId and h.expiresAt >= :now")
    long countLive(Long couponId, Instant now);
}
