package io.smm.membership.points;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipPointsHoldRepository")
interface PointsHoldRepository extends JpaRepository<PointsHoldRecord, Long> {

    List<PointsHoldRecord> findByStoreCodeAndCartCodeAndState(String storeCode, String cartCode,
            PointsHoldState state);

    /** Every hold the cart had, held or not: the cart's next hold is numbered after them. */
    List<PointsHoldRecord> findByStoreCodeAndCartCode(String storeCode, String cartCode);

    Optional<PointsHoldRecord> findFirstByStoreCodeAndOrderIdAndState(String storeCode, Long orderId,
            PointsHoldState state);

    /** Marks the cart's held holds confirmed by the order: how many were still held. */
    @Modifying
    @Query("update SmmPointsHold h set h.state = io.smm.membership.points.PointsHoldState.CONFIRMED,"
            + " h.orderId = :orderId where h.storeCode = :storeCode and h.cartCode = :cartCode"
            + " and h.state = io.smm.membership.points.PointsHoldState.HELD")
    int confirmCart(String storeCode, String cartCode, Long orderId);

    /** Marks the held hold released: 1 when it was still held, 0 when the order confirmed it meanwhile. */
    @Modifying
    @Query("update SmmPointsHold h set h.state = io.smm.membership.points.PointsHoldState.RELEASED"
            + " where h.redeemEntryId = :id and h.state = io.smm.membership.points.PointsHoldState.HELD")
    int release(Long id);

    /** Holds of checkouts that never finished, expired by {@code now}: one batch for the sweeper. */
    @Query("select h from SmmPointsHold h where h.state = io.smm.membership.points.PointsHoldState.HELD"
            + " and h.expiresAt <= :now order by h.expiresAt")
    List<PointsHoldRecord> expired(Instant now, Pageable batch);
}
