package io.smm.membership.groups;

import java.util.List;
import java.util.Optional;

/**
 * A customer's groups: exactly one tier when the store has tiers (the default tier when none was ever given,
 * which is how customers registered by the host or existing before installation are members), plus manual groups.
 */
public final class MemberStatus {

    private final MemberGroup tier;
    private final boolean defaultTierByAbsence;
    private final List<MemberGroup> manualGroups;

    MemberStatus(MemberGroup tier, boolean defaultTierByAbsence, List<MemberGroup> manualGroups) {
        this.tier = tier;
        this.defaultTierByAbsence = defaultTierByAbsence;
        this.manualGroups = List.copyOf(manualGroups);
    }

    public Optional<MemberGroup> tier() {
        return Optional.ofNullable(tier);
    }

    /** True when the customer holds the default tier only because no tier was ever given. */
    public boolean isDefaultTierByAbsence() {
        return defaultTierByAbsence;
    }

    public List<MemberGroup> manualGroups() {
        return manualGroups;
    }

    public boolean isIn(MemberGroup group) {
        return (tier != null && tier.getId().equals(group.getId()))
                || manualGroups.stream().anyMatch(manual -> manual.getId().equals(group.getId()));
    }
}
