package io.smm.membership.access;

/**
 * One cell of the owner's matrix: what the category sets itself ({@code set}, {@code opensAt} in the store's time
 * zone), and the audience's state now after inheritance ({@code inheritedFrom} names the category that set it) or
 * the store's default ({@code fromDefault}).
 */
public final class CellView {

    private final String set;
    private final String opensAt;
    private final String effective;
    private final String effectiveOpensAt;
    private final Long inheritedFrom;
    private final boolean fromDefault;

    CellView(String set, String opensAt, String effective, String effectiveOpensAt, Long inheritedFrom,
            boolean fromDefault) {
        this.set = set;
        this.opensAt = opensAt;
        this.effective = effective;
        this.effectiveOpensAt = effectiveOpensAt;
        this.inheritedFrom = inheritedFrom;
        this.fromDefault = fromDefault;
    }

    /** ALLOW, DENY, or null when the category does not set this cell. */
    public String getSet() {
        return set;
    }

    public String getOpensAt() {
        return opensAt;
    }

    /** ALLOWED, NOT_YET or DENIED for this audience alone, now. */
    public String getEffective() {
        return effective;
    }

    public String getEffectiveOpensAt() {
        return effectiveOpensAt;
    }

    public Long getInheritedFrom() {
        return inheritedFrom;
    }

    public boolean isFromDefault() {
        return fromDefault;
    }
}
