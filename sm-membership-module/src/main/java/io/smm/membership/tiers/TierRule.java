package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.groups.MemberGroup;
import io.smm.membership.time.UtcInstantConverter;

/** An owner's thresholds for one tier, as stored. */
@Entity(name = "SmmTierRule")
@Table(name = "SMM_TIER_RULE")
public class TierRule {

    /** Which window a tier's spend is counted over. */
    public enum WindowKind { STORE, LIFETIME, ROLLING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "GROUP_ID", nullable = false)
    private Long groupId;

    @Column(name = "UPGRADE_AT", nullable = false)
    private BigDecimal upgradeAt;

    @Column(name = "KEEP_AT", nullable = false)
    private BigDecimal keepAt;

    @Column(name = "EXPRESS_AT")
    private BigDecimal expressAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "WINDOW_KIND", nullable = false)
    private WindowKind windowKind;

    @Column(name = "WINDOW_DAYS")
    private Integer windowDays;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected TierRule() {
    }

    TierRule(String storeCode, long groupId) {
        this.storeCode = storeCode;
        this.groupId = groupId;
    }

    void apply(TierRuleDraft draft, Instant now) {
        this.upgradeAt = draft.getUpgradeAt();
        this.keepAt = draft.getKeepAt();
        this.expressAt = draft.getExpressAt();
        this.windowKind = draft.getWindowKind();
        this.windowDays = draft.getWindowKind() == WindowKind.ROLLING ? draft.getWindowDays() : null;
        this.updatedAt = now;
    }

    TierStep step(MemberGroup tier, SpendWindow storeWindow) {
        SpendWindow window = windowKind == WindowKind.STORE ? storeWindow
                : windowKind == WindowKind.LIFETIME ? SpendWindow.lifetime() : SpendWindow.ofDays(windowDays);
        return new TierStep(tier.getId(), tier.getCode(), tier.getRank(), upgradeAt, keepAt, expressAt, window);
    }

    public Long getGroupId() {
        return groupId;
    }

    public BigDecimal getUpgradeAt() {
        return upgradeAt;
    }

    public BigDecimal getKeepAt() {
        return keepAt;
    }

    public BigDecimal getExpressAt() {
        return expressAt;
    }

    public WindowKind getWindowKind() {
        return windowKind;
    }

    public Integer getWindowDays() {
        return windowDays;
    }
}
