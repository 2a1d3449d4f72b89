package io.smm.membership.affiliates;

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

@Repository("membershipAffiliateRepository")
interface AffiliateRepository extends JpaRepository<Affiliate, Long> {

    Optional<Affiliate> findByIdAndStoreCode(Long id, String storeCode);

    /**
     * The affiliate with its category rates and its tracking id in use, in one statement (a checkout reads it):
     * a row per category rate, each {@code [affiliate, tracking id]}; empty for another store's.
     */
    @Query("select a, t.trackingId from SmmAffiliate a left join fetch a.categoryRates"
            + " left join SmmAffiliateTrackingId t on t.affiliateId = a.id and t.inUse = true"
            + " where a.id = :id and a.storeCode = :storeCode")
    List<Object[]> withTrackingId(Long id, String storeCode);

    Optional<Affiliate> findByStoreCodeAndCustomerId(String storeCode, Long customerId);

    @Query("select a.status from SmmAffiliate a where a.id = :id and a.storeCode = :storeCode")
    Optional<AffiliateStatus> statusOf(Long id, String storeCode);

    /** Id, name, payout method, e-mail and details of each of the ids that is the store's. */
    @Query("select a.id, a.name, a.payoutMethod, a.payoutEmail, a.payoutDetails from SmmAffiliate a"
            + " where a.storeCode = :storeCode and a.id in :ids")
    List<Object[]> payeesOf(String storeCode, Collection<Long> ids);

    /**
     * The affiliate, its row locked until the transaction ends: two changes of its tracking id, or two payouts to
     * it, take turns.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from SmmAffiliate a where a.id = :id and a.storeCode = :storeCode")
    Optional<Affiliate> lockByIdAndStoreCode(Long id, String storeCode);

    /**
     * The store's affiliates in one of {@code statuses} whose name, e-mail or any tracking id (in use or old)
     * contains {@code text}: lower case, {@code !} escaping {@code !}, {@code %} and {@code _}; empty matches all.
     */
    @Query("select a from SmmAffiliate a where a.storeCode = :storeCode and a.status in :statuses"
            + " and (lower(a.name) like concat('%', :text, '%') escape '!'"
            + " or lower(a.email) like concat('%', :text, '%') escape '!'"
            + " or exists (select t.id from SmmAffiliateTrackingId t where t.affiliateId = a.id"
            + "     and t.trackingId like concat('%', :text, '%') escape '!'))")
    Page<Affiliate> search(String storeCode, Collection<AffiliateStatus> statuses, String text, Pageable page);

    /**
     * Moves the affiliate from {@code from} to {@code to} as the owner decides, in one conditional update: 1 when
     * moved, 0 when its status is no longer {@code from}. A refusal keeps its reason; other moves clear it.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update SmmAffiliate a set a.status = :to, a.refusalReason = :reason, a.decidedBy = :by,"
            + " a.decidedAt = :at, a.version = a.version + 1"
            + " where a.id = :id and a.storeCode = :storeCode and a.status = :from")
    int decide(Long id, String storeCode, AffiliateStatus from, AffiliateStatus to, String reason, String by,
            Instant at);

    Page<Affiliate> findByStoreCodeAndStatus(String storeCode, AffiliateStatus status, Pageable page);
}
