package io.smm.membership.coupons;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/** One line of a coupon's scope: a host category or product, in scope or excluded. */
@Embeddable
public class ScopeEntry {

    /** What the id names. */
    public enum Target { CATEGORY, PRODUCT }

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET", nullable = false)
    private Target target;

    @Column(name = "TARGET_ID", nullable = false)
    private Long targetId;

    @Column(name = "EXCLUDED", nullable = false)
    private boolean excluded;

    protected ScopeEntry() {
    }

    ScopeEntry(Target target, long targetId, boolean excluded) {
        this.target = target;
        this.targetId = targetId;
        this.excluded = excluded;
    }

    Target getTarget() {
        return target;
    }

    long getTargetId() {
        return targetId;
    }

    boolean isExcluded() {
        return excluded;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScopeEntry && ((ScopeEntry) other).target == target
                && ((ScopeEntry) other).targetId.equals(targetId) && ((ScopeEntry) other).excluded == excluded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, targetId, excluded);
    }
}
