package io.smm.membership.coupons;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponRepository")
interface CouponRepository extends JpaRepository<Coupon, Long> {

    Optional<Coupon> findByIdAndStoreCode(Long id, String storeCode);

    Optional<Coupon> findByStoreCodeAndCode(String storeCode, String code);

    /** The store's codes that start with {@code prefix} (escaped by {@code !}) and are {@code length} long. */
    @Query("select c.code from SmmCoupon c where c.storeCode = :storeCode"
            + " and c.code like concat(:prefix, '%') escape '!' and length(c.code) = :length")
    List<String> codesLike(String storeCode, String prefix, int length);

    /** How many codes {@link #codesLike} would give. */
    @Query("select count(c) from SmmCoupon c where c.storeCode = :storeCode"
            + " and c.code like concat(:prefix, '%') escape '!' and length(c.code) = :length")
    long countCodesLike(String storeCode, String prefix, int length);

    /** A page of a batch's codes after coupon id {@code after}, in id order. */
    @Query("select c.id as id, c.code as code, c.active as active, c.startsAt as startsAt, c.endsAt as endsAt,"
            + " c.totalLimit as totalLimit, c.uses as uses from SmmCoupon c"
            + " where c.batchId = :batchId and c.id > :after order by c.id")
    List<CouponBatchLine> linesOfBatch(Long batchId, long after, Pageable page);

    /**
     * Takes a use when the coupon is on and has one left: one conditional update, whose row lock lasts until the
     * transaction ends, so the coupon's redemptions go one after the other. 1 when taken, 0 when not.
     */
    @Modifying
    @Query("update SmmCoupon c set c.uses = c.uses + 1 where c.id = :id and c.active = true"
            + " and (c.totalLimit is null or c.uses < c.totalLimit)")
    int takeUse(Long id);

    @Modifying
    @Query("update SmmCoupon c set c.uses = c.uses - 1 where c.id = :id and c.uses > 0")
    int giveUseBack(Long id);

    /** Locks the coupon's row until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SmmCoupon c where c.id = :id")
    Optional<Coupon> lockById(Long id);

    @Query("select c.active from SmmCoupon c where c.id = :id")
    boolean isActive(Long id);

    @Query("select c.perShopperLimit from SmmCoupon c where c.id = :id")
    Integer perShopperLimit(Long id);

    /**
     * The store's coupons whose code or name contains {@code text} (upper case, {@code !} escaping {@code !},
     * {@code %} and {@code _}; empty: all), in a status at
     * {@code now}: the status conditions mirror {@link Coupon#statusAt}. A null status takes every coupon.
     */
    @Query("select c from SmmCoupon c where c.storeCode = :storeCode"
            + " and (upper(c.code) like concat('%', :text, '%') escape '!'"
            + " or upper(c.name) like concat('%', :text, '%') escape '!')"
            + " and (:status is null"
            + " or (:status = 'DISABLED' and c.active = false)"
            + " or (:status = 'SCHEDULED' and c.active = true and c.startsAt > :now)"
            + " or (:status = 'EXPIRED' and c.active = true and (c.startsAt is null or c.startsAt <= :now)"
            + "     and c.endsAt <= :now)"
            + " or (:status = 'USED_UP' and c.active = true and (c.startsAt is null or c.startsAt <= :now)"
            + "     and (c.endsAt is null or c.endsAt > :now) and c.uses >= c.totalLimit)"
            + " or (:status = 'ACTIVE' and c.active = true and (c.startsAt is null or c.startsAt <= :now)"
            + "     and (c.endsAt is null or c.endsAt > :now) and (c.totalLimit is null or c.uses < c.totalLimit)))")
    Page<Coupon> search(String storeCode, String text, String status, Instant now, Pageable page);
}
