package io.smm.membership.groups;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A customer with their tier and manual groups, as the owner's JSON shows them. */
public final class MemberView {

    private final long customerId;
    private final String email;
    private final String name;
    private final GroupView tier;
    private final boolean defaultTierByAbsence;
    private final List<GroupView> groups;

    private MemberView(MemberSummary member, MemberStatus status, Locale locale) {
        this.customerId = member.getCustomerId();
        this.email = member.getEmail();
        this.name = member.getDisplayName();
        this.tier = status.tier().map(group -> GroupView.of(group, locale)).orElse(null);
        this.defaultTierByAbsence = status.isDefaultTierByAbsence();
        this.groups = status.manualGroups().stream().map(group -> GroupView.of(group, locale))
                .collect(Collectors.toList());
    }

    public static MemberView of(MemberSummary member, MemberStatus status, Locale locale) {
        return new MemberView(member, status, locale);
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public GroupView getTier() {
        return tier;
    }

    public boolean isDefaultTierByAbsence() {
        return defaultTierByAbsence;
    }

    public List<GroupView> getGroups() {
        return groups;
    }
}
