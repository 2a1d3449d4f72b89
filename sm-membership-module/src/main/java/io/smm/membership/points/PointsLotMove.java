package io.smm.membership.points;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** How many points (signed) an entry took from a lot or gave back to it. */
@Entity(name = "SmmPointsLotMove")
@Table(name = "SMM_POINTS_LOT_MOVE")
@IdClass(PointsLotMove.Key.class)
class PointsLotMove implements Persistable<PointsLotMove.Key> {

    @Id
    @Column(name = "ENTRY_ID")
    private Long entryId;

    @Id
    @Column(name = "LOT_ID")
    private Long lotId;

    @Column(name = "POINTS", nullable = false)
    private long points;

    protected PointsLotMove() {
    }

    PointsLotMove(long entryId, long lotId, long points) {
        this.entryId = entryId;
        this.lotId = lotId;
        this.points = points;
    }

    /** Always new: a move is written once and never changed, so saving it inserts without reading first. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }

    @Override
    public Key getId() {
        Key key = new Key();
        key.entryId = entryId;
        key.lotId = lotId;
        return key;
    }

    Long getLotId() {
        return lotId;
    }

    long getPoints() {
        return points;
    }

    /** The entry and the lot. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long entryId;
        private Long lotId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(entryId, ((Key) other).entryId)
                    && Objects.equals(lotId, ((Key) other).lotId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entryId, lotId);
        }
    }
}
