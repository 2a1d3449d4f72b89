package io.smm.membership.commissions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCommissionRepository")
interface CommissionRepository extends JpaRepository<Commission, Long> {

    /** The order's commission, its row locked until the transaction ends: give-backs of one order take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SmmCommission c where c.storeCode = :storeCode and c.orderId = :orderId")
    Optional<Commission> lockByOrder(String storeCode, Long orderId);

    boolean existsByStoreCodeAndCartCode(String storeCode, String cartCode);

    /**
     * The commission's state as last committed, by a locking read: on MariaDB a plain read would answer from the
     * snapshot the transaction took at its first read, before a payout it waited for.
     */
    @Query(value = "select STATE from {h-schema}SMM_COMMISSION where ID = :id for update", nativeQuery = true)
    String lockedStateOf(Long id);

    /** Moves the commission to {@code to} if it is in one of {@code from}: 1 when it moved, 0 when it was not. */
    @Modifying
    @Query("update SmmCommission c set c.state = :to, c.closedAt = :now where c.id = :id and c.state in :from")
    int close(Long id, CommissionState to, Collection<CommissionState> from, Instant now);

    /** The ids of pending commissions due by {@code now} after {@code afterId}, in id order: one batch. */
    @Query("select c.id from SmmCommission c where c.state = io.smm.membership.commissions.CommissionState.PENDING"
            + " and c.dueAt <= :now and c.id > :afterId order by c.id")
    List<Long> dueAfter(Long afterId, Instant now, Pageable batch);

    /** {@link #dueAfter} of one store: its owner's "approve now". */
    @Query("select c.id from SmmCommission c where c.state = io.smm.membership.commissions.CommissionState.PENDING"
            + " and c.storeCode = :storeCode and c.dueAt <= :now and c.id > :afterId order by c.id")
    List<Long> dueInStoreAfter(String storeCode, Long afterId, Instant now, Pageable batch);

    /** Approves those of {@code ids} still pending and due: how many it approved. */
    @Modifying
    @Query("update SmmCommission c set c.state = io.smm.membership.commissions.CommissionState.APPROVED,"
            + " c.approvedAt = :now where c.state = io.smm.membership.commissions.CommissionState.PENDING"
            + " and c.dueAt <= :now and c.id in :ids")
    int approve(Collection<Long> ids, Instant now);
}
