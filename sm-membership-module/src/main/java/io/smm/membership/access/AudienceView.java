package io.smm.membership.access;

/** An audience as the owner's matrix heads a column: its key and name, and for a group its id, code and kind. */
public final class AudienceView {

    private final String key;
    private final String name;
    private final Long groupId;
    private final String code;
    private final String kind;

    AudienceView(String key, String name, Long groupId, String code, String kind) {
        this.key = key;
        this.name = name;
        this.groupId = groupId;
        this.code = code;
        this.kind = kind;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    /** The group's id; null for GUESTS and MEMBERS. */
    public Long getGroupId() {
        return groupId;
    }

    public String getCode() {
        return code;
    }

    /** TIER or MANUAL; null for GUESTS and MEMBERS. */
    public String getKind() {
        return kind;
    }
}
