package io.smm.membership.groups;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A group as our JSON shows it: the name in the reader's language, and all three names. */
public final class GroupView {

    private final long id;
    private final String code;
    private final GroupKind kind;
    private final Integer rank;
    private final String name;
    private final Map<String, String> names;
    private final boolean openToApply;
    private final boolean needsApproval;
    private final boolean defaultTier;
    private final boolean guestGroup;
    private final int version;

    private GroupView(MemberGroup group, Locale locale) {
        this.id = group.getId();
        this.code = group.getCode();
        this.kind = group.getKind();
        this.rank = group.getRank();
        this.name = group.getName().in(locale);
        this.names = new LinkedHashMap<>();
        names.put("en", group.getName().getEnglish());
        names.put("zh-TW", group.getName().getTraditionalChinese());
        names.put("zh-CN", group.getName().getSimplifiedChinese());
        this.openToApply = group.isOpenToApply();
        this.needsApproval = group.isNeedsApproval();
        this.defaultTier = group.isDefaultTier();
        this.guestGroup = group.isGuestGroup();
        this.version = group.getVersion();
    }

    public static GroupView of(MemberGroup group, Locale locale) {
        return group == null ? null : new GroupView(group, locale);
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public GroupKind getKind() {
        return kind;
    }

    public Integer getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public boolean isOpenToApply() {
        return openToApply;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public boolean isDefaultTier() {
        return defaultTier;
    }

    public boolean isGuestGroup() {
        return guestGroup;
    }

    /** Send it back with an update to be refused instead of overwriting someone else's change. */
    public int getVersion() {
        return version;
    }
}
