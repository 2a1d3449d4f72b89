package io.smm.membership.points;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

/**
 * Lots are read with locking reads inside movements: a movement in the order's transaction may run on a MariaDB
 * snapshot taken before it locked the account, and a locking read answers with what is committed.
 */
@Repository("membershipPointsLotRepository")
interface PointsLotRepository extends JpaRepository<PointsLot, Long>, MembershipPointsLotExpiries {

    /** The account's unexpired lots with points left, soonest-expiring first (the order redemptions take them). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from SmmPointsLot l where l.accountId = :accountId and l.remaining > 0"
            + " and l.expiresAt > :now order by l.expiresAt, l.id")
    List<PointsLot> lockUnexpired(Long accountId, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from SmmPointsLot l where l.id in :ids order by l.id")
    List<PointsLot> lockAll(Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from SmmPointsLot l where l.earnEntryId = :entryId")
    Optional<PointsLot> lockEarnedBy(Long entryId);

    /** The account's lots with points left that have not expired by {@code now}, for showing its balance. */
    @Query("select l from SmmPointsLot l where l.accountId = :accountId and l.remaining > 0 and l.expiresAt > :now")
    List<PointsLot> unexpired(Long accountId, Instant now);

    @Query("select coalesce(sum(l.remaining), 0) from SmmPointsLot l where l.accountId = :accountId")
    long sumOf(Long accountId);

    /**
     * Lots expired by {@code now} with points left, of ids above {@code afterId}: ids and their accounts, lowest lot
     * id first (one batch; the next starts after its last).
     */
    @Query("select l.id, l.accountId from SmmPointsLot l where l.id > :afterId and l.expiresAt <= :now"
            + " and l.remaining > 0 order by l.id")
    List<Object[]> dueAfter(long afterId, Instant now, Pageable batch);
}
