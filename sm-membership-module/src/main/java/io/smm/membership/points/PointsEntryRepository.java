package io.smm.membership.points;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipPointsEntryRepository")
interface PointsEntryRepository extends JpaRepository<PointsEntry, Long> {

    boolean existsByStoreCodeAndEntryKey(String storeCode, String entryKey);

    Optional<PointsEntry> findByStoreCodeAndEntryKey(String storeCode, String entryKey);

    /** The order's entries of one kind, first written first. */
    List<PointsEntry> findByStoreCodeAndOrderIdAndKindOrderByIdAsc(String storeCode, Long orderId,
            PointsEntryKind kind);

    Page<PointsEntry> findByAccountIdOrderByIdDesc(Long accountId, Pageable page);

    @Query("select coalesce(sum(e.points), 0) from SmmPointsEntry e where e.accountId = :accountId")
    long sumOf(Long accountId);

    /**
     * Each customer's points earned by orders since {@code start}: their EARN entries less what was unearned of them
     * (UNEARN entries of the same orders), by the earning's time.
     */
    String EARNED = "select a.customerId, sum(e.points) from SmmPointsEntry e, SmmPointsAccount a"
            + " where a.id = e.accountId and e.storeCode = :storeCode"
            + " and e.kind in (io.smm.membership.points.PointsEntryKind.EARN,"
            + " io.smm.membership.points.PointsEntryKind.UNEARN)"
            + " and exists (select earn.id from SmmPointsEntry earn where earn.storeCode = e.storeCode"
            + " and earn.orderId = e.orderId and earn.kind = io.smm.membership.points.PointsEntryKind.EARN"
            + " and earn.recordedAt >= :start)";

    @Query(EARNED + " and a.customerId in :customerIds group by a.customerId")
    List<Object[]> earnedSince(String storeCode, Collection<Long> customerIds, Instant start);

    @Query(EARNED + " group by a.customerId")
    List<Object[]> earnedInStoreSince(String storeCode, Instant start);
}
