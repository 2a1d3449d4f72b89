package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.smm.membership.groups.MemberGroup;

/** A store's tier settings with its whole ladder: the owner API's body, saved all or nothing. */
public class TierSetup extends TierSettingsDraft {

    private List<TierRuleDraft> tiers = new ArrayList<>();

    public List<TierRuleDraft> getTiers() {
        return tiers;
    }

    public void setTiers(List<TierRuleDraft> tiers) {
        this.tiers = tiers == null ? new ArrayList<>() : tiers;
    }

    /** @param shown the store's amounts as they are shown */
    static TierSetup of(TierSettings settings, List<TierRule> rules, List<MemberGroup> tiers,
            UnaryOperator<BigDecimal> shown) {
        TierSetup setup = new TierSetup();
        setup.setEnabled(settings.isEnabled());
        setup.setWindowDays(settings.getWindowDays());
        setup.setGraceDays(settings.getGraceDays());
        setup.setCountShipping(settings.isCountShipping());
        setup.setCountTax(settings.isCountTax());
        setup.setCountedStatuses(new ArrayList<>(settings.getCountedStatuses()));
        for (MemberGroup tier : tiers) {
            rules.stream().filter(rule -> rule.getGroupId().equals(tier.getId())).findFirst()
                    .ifPresent(rule -> setup.tiers.add(TierRuleDraft.of(tier.getCode(), rule, shown)));
        }
        return setup;
    }
}
