package io.smm.membership.access;

import java.util.Objects;

import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.LocalizedName;
import io.smm.membership.groups.MemberGroup;

/** What the rules need to know of a store's group: its kind and rank, whether a customer may apply, its names. */
final class AudienceGroup {

    final long id;
    final String code;
    final GroupKind kind;
    final int rank;
    final boolean openToApply;
    final boolean guestGroup;
    final LocalizedName name;

    AudienceGroup(long id, String code, GroupKind kind, int rank, boolean openToApply, boolean guestGroup,
            LocalizedName name) {
        this.id = id;
        this.code = code;
        this.kind = kind;
        this.rank = rank;
        this.openToApply = openToApply;
        this.guestGroup = guestGroup;
        this.name = name;
    }

    static AudienceGroup of(MemberGroup group) {
        return new AudienceGroup(group.getId(), group.getCode(), group.getKind(),
                group.getRank() == null ? 0 : group.getRank(), group.isOpenToApply(), group.isGuestGroup(),
                group.getName());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AudienceGroup)) {
            return false;
        }
        AudienceGroup that = (AudienceGroup) other;
        return id == that.id && rank == that.rank && openToApply == that.openToApply && guestGroup == that.guestGroup
                && kind == that.kind && code.equals(that.code)
                && Objects.equals(name.getEnglish(), that.name.getEnglish())
                && Objects.equals(name.getTraditionalChinese(), that.name.getTraditionalChinese())
                && Objects.equals(name.getSimplifiedChinese(), that.name.getSimplifiedChinese());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
