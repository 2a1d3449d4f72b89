package io.smm.membership.points;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A tier group's earning multiplier in a store (Gold ×1.5); a group without one earns ×1. */
@Entity(name = "SmmPointsTierRate")
@Table(name = "SMM_POINTS_TIER_RATE")
@IdClass(PointsTierRate.Key.class)
class PointsTierRate {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Id
    @Column(name = "GROUP_ID")
    private Long groupId;

    @Column(name = "MULTIPLIER", nullable = false)
    private BigDecimal multiplier;

    protected PointsTierRate() {
    }

    PointsTierRate(String storeCode, long groupId, BigDecimal multiplier) {
        this.storeCode = storeCode;
        this.groupId = groupId;
        this.multiplier = multiplier;
    }

    Long getGroupId() {
        return groupId;
    }

    BigDecimal getMultiplier() {
        return multiplier;
    }

    /** The store and the group. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String storeCode;
        private Long groupId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(storeCode, ((Key) other).storeCode)
                    && Objects.equals(groupId, ((Key) other).groupId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storeCode, groupId);
        }
    }
}
