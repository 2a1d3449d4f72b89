package io.smm.membership.points;

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

    /** How many times the lot expired before: its next EXPIRE entry's number. */
    @Query("select count(m) from SmmPointsLotMove m, SmmPointsEntry e where m.lotId = :lotId and e.id = m.entryId"
            + " and e.kind = io.smm.membership.points.PointsEntryKind.EXPIRE")
    long expiriesOf(Long lotId);
}
