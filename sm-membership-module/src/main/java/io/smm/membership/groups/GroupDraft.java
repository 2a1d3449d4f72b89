package io.smm.membership.groups;

import java.util.Locale;

import io.smm.membership.web.Draft;

/**
 * What an owner enters to create or change a group: the JSON body of the owner API and the admin form.
 * {@link GroupService} checks it against {@link GroupValidation} before anything is written.
 */
public class GroupDraft extends Draft {

    private String code;

    private GroupKind kind;

    private Integer rank;

    private String nameEn;

    private String nameZhTw;

    private String nameZhCn;

    private boolean openToApply;

    private boolean needsApproval;

    private boolean defaultTier;

    private boolean guestGroup;

    /** The version the owner edited; when given, an update made meanwhile by someone else is refused. */
    private Integer version;

    public static GroupDraft of(MemberGroup group) {
        GroupDraft draft = new GroupDraft();
        draft.code = group.getCode();
        draft.kind = group.getKind();
        draft.rank = group.getRank();
        draft.nameEn = group.getName().getEnglish();
        draft.nameZhTw = group.getName().getTraditionalChinese();
        draft.nameZhCn = group.getName().getSimplifiedChinese();
        draft.openToApply = group.isOpenToApply();
        draft.needsApproval = group.isNeedsApproval();
        draft.defaultTier = group.isDefaultTier();
        draft.guestGroup = group.isGuestGroup();
        draft.version = group.getVersion();
        return draft;
    }

    String normalizedCode() {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public void setNameZhTw(String nameZhTw) {
        this.nameZhTw = nameZhTw;
    }

    public String getNameZhCn() {
        return nameZhCn;
    }

    public void setNameZhCn(String nameZhCn) {
        this.nameZhCn = nameZhCn;
    }

    public boolean isOpenToApply() {
        return openToApply;
    }

    public void setOpenToApply(boolean openToApply) {
        this.openToApply = openToApply;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public void setNeedsApproval(boolean needsApproval) {
        this.needsApproval = needsApproval;
    }

    public boolean isDefaultTier() {
        return defaultTier;
    }

    public void setDefaultTier(boolean defaultTier) {
        this.defaultTier = defaultTier;
    }

    public boolean isGuestGroup() {
        return guestGroup;
    }

    public void setGuestGroup(boolean guestGroup) {
        this.guestGroup = guestGroup;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
