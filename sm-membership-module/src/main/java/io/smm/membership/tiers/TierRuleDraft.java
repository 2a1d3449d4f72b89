package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import io.smm.membership.web.Draft;

/** What an owner enters for one tier's thresholds; {@link TierLadderValidation} checks the whole ladder. */
public class TierRuleDraft extends Draft {

    private String tier;
    private BigDecimal upgradeAt;
    private BigDecimal keepAt;
    private BigDecimal expressAt;
    private TierRule.WindowKind windowKind = TierRule.WindowKind.STORE;
    private Integer windowDays;

    static TierRuleDraft of(String tierCode, TierRule rule, UnaryOperator<BigDecimal> shown) {
        TierRuleDraft draft = new TierRuleDraft();
        draft.tier = tierCode;
        draft.upgradeAt = shown.apply(rule.getUpgradeAt());
        draft.keepAt = shown.apply(rule.getKeepAt());
        draft.expressAt = shown.apply(rule.getExpressAt());
        draft.windowKind = rule.getWindowKind();
        draft.windowDays = rule.getWindowDays();
        return draft;
    }

    /** The tier's group code. */
    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public BigDecimal getUpgradeAt() {
        return upgradeAt;
    }

    public void setUpgradeAt(BigDecimal upgradeAt) {
        this.upgradeAt = upgradeAt;
    }

    public BigDecimal getKeepAt() {
        return keepAt;
    }

    public void setKeepAt(BigDecimal keepAt) {
        this.keepAt = keepAt;
    }

    public BigDecimal getExpressAt() {
        return expressAt;
    }

    public void setExpressAt(BigDecimal expressAt) {
        this.expressAt = expressAt;
    }

    public TierRule.WindowKind getWindowKind() {
        return windowKind;
    }

    public void setWindowKind(TierRule.WindowKind windowKind) {
        this.windowKind = windowKind;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }
}
