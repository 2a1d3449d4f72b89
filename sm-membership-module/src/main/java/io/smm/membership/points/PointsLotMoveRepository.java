package io.smm.membership.points;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipPointsLotMoveRepository")
interface PointsLotMoveRepository extends JpaRepository<PointsLotMove, PointsLotMove.Key> {

    List<PointsLotMove> findByEntryIdIn(Collection<Long> entryIds);
}
