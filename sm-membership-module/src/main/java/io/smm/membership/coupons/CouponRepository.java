package io.smm.membership.coupons;

import java.time.Instant;
import java.util.Collection;
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

    @Query("select c.id from SmmCoupon c where c.storeCode = :storeCode and c.code = :code")
    Optional<Long> idOf(String storeCode, String code);

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
     * Code or name contains {@code :text} (upper case, {@code !} escaping {@code !}, {@code %} and {@code _}; empty:
     * any), and the status at {@code :now} is {@code :status}: the status conditions mirror {@link Coupon#statusAt}.
     * A null status takes every coupon.
     */
    String TEXT_AND_STATUS = " and (upper(c.code) like concat('%', :text, '%') escape '!'"
            + " or upper(c.name) like concat('%', :text, '%') escape '!')"
            + " and (:status is null"
            + " or (:status = 'DISABLED' and c.active = false)"
            + " or (:status = 'SCHEDULED' and c.active = true and c.startsAt > :now)"
            + " or (:status = 'EXPIRED' and c.active = true and (c.startsAt is null or c.startsAt <= :now)"
            + "     and c.endsAt <= :now)"
            + " or (:status = 'USED_UP' and c.active = true and (c.startsAt is null or c.startsAt <= :now)"
            + "     and (c.endsAt is null or c.endsAt > :now) and c.uses >= c.totalLimit)"
            + " or (:status = 'ACTIVE' and c.active = true and (c.startsAt is null or c.startsAt <= :now)"
            + "     and (c.endsAt is null or c.endsAt > :now) and (c.totalLimit is null or c.uses < c.totalLimit)))";

    /**
     * The store's coupons of the origins asked for ({@code :handMade}, {@code :generated}, {@code :rewards}: made by
     * the owner, by a batch, issued as a reward), and {@link #TEXT_AND_STATUS}.
     */
    String MATCHING = " c.storeCode = :storeCode"
            + " and ((:handMade = true and c.batchId is null and c.issuedFrom is null)"
            + " or (:generated = true and c.batchId is not null)"
            + " or (:rewards = true and c.issuedFrom is not null))" + TEXT_AND_STATUS;

    /** One row per batch: a hand-made coupon is its own row, a batch's codes share the row of their batch. */
    String ROW = "case when c.batchId is null then -c.id else c.batchId end";

    /** The store's coupons {@link #MATCHING}, one a row. */
    @Query("select c from SmmCoupon c where" + MATCHING)
    Page<Coupon> search(String storeCode, boolean handMade, boolean generated, boolean rewards, String text,
            String status, Instant now, Pageable page);

    /** The codes of one batch that match {@link #TEXT_AND_STATUS}. */
    @Query("select c from SmmCoupon c where c.storeCode = :storeCode and c.batchId = :batchId" + TEXT_AND_STATUS)
    Page<Coupon> searchBatch(String storeCode, Long batchId, String text, String status, Instant now,
            Pageable page);

    /**
     * The coupons {@link #MATCHING}, a batch as one row when any of its codes matches; newest first (a batch at its
     * newest code). Unsorted pages only: the order is the query's.
     */
    @Query(value = "select min(c.id) as firstId, max(c.batchId) as batchId from SmmCoupon c where" + MATCHING
            + " group by " + ROW + " order by max(c.id) desc",
            countQuery = "select count(distinct " + ROW + ") from SmmCoupon c where" + MATCHING)
    Page<CouponListKey> rows(String storeCode, boolean handMade, boolean generated, boolean rewards, String text,
            String status, Instant now, Pageable page);

    /** The codes of these batches counted, one row per batch that has codes. */
    @Query("select c.batchId as batchId, count(c) as codes, sum(case when c.uses > 0 then 1 else 0 end) as codesUsed,"
            + " sum(c.uses) as uses from SmmCoupon c where c.batchId in :batchIds group by c.batchId")
    List<CouponBatchCounts> countBatches(Collection<Long> batchIds);

    @Query("select c.id as id, c.code as code from SmmCoupon c where c.id in :ids")
    List<CouponCodeOf> codesOf(Collection<Long> ids);
}
