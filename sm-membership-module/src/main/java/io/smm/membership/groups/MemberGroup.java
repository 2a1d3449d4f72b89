package io.smm.membership.groups;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import io.smm.membership.time.UtcInstantConverter;

/** A member group of one store: a tier (ranked) or a manual group. */
@Entity(name = "SmmMemberGroup")
@Table(name = "SMM_MEMBER_GROUP")
public class MemberGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CODE", nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private GroupKind kind;

    @Column(name = "TIER_RANK")
    private Integer rank;

    @Embedded
    private LocalizedName name;

    @Column(name = "NEEDS_APPROVAL", nullable = false)
    private boolean needsApproval;

    @Column(name = "OPEN_TO_APPLY", nullable = false)
    private boolean openToApply;

    @Column(name = "DEFAULT_TIER", nullable = false)
    private boolean defaultTier;

    @Column(name = "GUEST_GROUP", nullable = false)
    private boolean guestGroup;

    /** 1 on the store's default tier, else null: unique per store in the database. */
    @Column(name = "DEFAULT_TIER_SLOT")
    private Integer defaultTierSlot;

    /** 1 on the store's guest group, else null: unique per store in the database. */
    @Column(name = "GUEST_SLOT")
    private Integer guestSlot;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected MemberGroup() {
    }

    MemberGroup(String storeCode, Instant now) {
        this.storeCode = storeCode;
        this.createdAt = now;
    }

    /** Takes the draft's values; {@code defaultTier} is decided by the service, which knows the other groups. */
    void apply(GroupDraft draft, boolean defaultTier, Instant now) {
        this.code = draft.normalizedCode();
        this.kind = draft.getKind();
        this.rank = kind == GroupKind.TIER ? draft.getRank() : null;
        this.name = new LocalizedName(draft.getNameEn().trim(), draft.getNameZhTw(), draft.getNameZhCn());
        this.openToApply = draft.isOpenToApply();
        this.needsApproval = draft.isNeedsApproval();
        this.defaultTier = kind == GroupKind.TIER && defaultTier;
        this.defaultTierSlot = this.defaultTier ? 1 : null;
        this.guestGroup = draft.isGuestGroup();
        this.guestSlot = guestGroup ? 1 : null;
        this.updatedAt = now;
    }

    void clearDefaultTier() {
        this.defaultTier = false;
        this.defaultTierSlot = null;
    }

    void clearGuestGroup() {
        this.guestGroup = false;
        this.guestSlot = null;
    }

    public boolean isTier() {
        return kind == GroupKind.TIER;
    }

    public Long getId() {
        return id;
    }

    public String getStoreCode() {
        return storeCode;
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

    public LocalizedName getName() {
        return name;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public boolean isOpenToApply() {
        return openToApply;
    }

    public boolean isDefaultTier() {
        return defaultTier;
    }

    public boolean isGuestGroup() {
        return guestGroup;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
