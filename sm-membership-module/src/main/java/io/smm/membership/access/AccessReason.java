package io.smm.membership.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a shopper may not do something yet, in terms a storefront can show without naming the product: the permission
 * missing, and what would give it (sign in, join one of these groups, reach one of these tiers, or wait until then).
 */
public final class AccessReason {

    /** What would give the permission. */
    public enum Kind {
        SIGN_IN,
        JOIN_GROUP,
        REACH_TIER,
        WAIT,
        NONE
    }

    private final Permission missing;
    private final Kind kind;
    private final List<Long> groupIds;
    private final Instant opensAt;

    public AccessReason(Permission missing, Kind kind, List<Long> groupIds, Instant opensAt) {
        this.missing = Objects.requireNonNull(missing);
        this.kind = Objects.requireNonNull(kind);
        this.groupIds = List.copyOf(groupIds);
        this.opensAt = opensAt;
    }

    public Permission missing() {
        return missing;
    }

    public Kind kind() {
        return kind;
    }

    /** The groups (JOIN_GROUP) or tiers (REACH_TIER) that have the permission. */
    public List<Long> groupIds() {
        return groupIds;
    }

    /** When the permission opens for this shopper (WAIT). */
    public Optional<Instant> opensAt() {
        return Optional.ofNullable(opensAt);
    }
}
