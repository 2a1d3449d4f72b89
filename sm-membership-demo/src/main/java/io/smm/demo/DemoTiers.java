package io.smm.demo;

import java.math.BigDecimal;
import java.util.List;

import io.smm.membership.tiers.TierRuleDraft;
import io.smm.membership.tiers.TierService;
import io.smm.membership.tiers.TierSetup;

/**
 * Tiers by spend, switched on over the last 365 days with 30 days of grace. The thresholds fit the demo's year of
 * orders, so that the rules keep nearly everyone where the owner put them; the first evaluation moves the few they
 * do not fit (the wholesaler's bulk buying reaches Gold, and one Gold customer who spent too little gets a
 * downgrade pending). One order of {@value #GOLD_EXPRESS} or more lifts a Bronze or Silver customer to Gold at once.
 */
final class DemoTiers {

    static final String GOLD_EXPRESS = "500";

    private final TierService tiers;

    DemoTiers(TierService tiers) {
        this.tiers = tiers;
    }

    /** Saves the settings and the ladder, then evaluates the customers as the daily job would. */
    void switchOn(List<Long> customerIds) {
        TierSetup setup = new TierSetup();
        setup.setEnabled(true);
        setup.setWindowDays(365);
        setup.setGraceDays(30);
        setup.setTiers(List.of(step("BRONZE", "0", "0", null), step("SILVER", "150", "100", null),
                step("GOLD", "1800", "1500", GOLD_EXPRESS), step("PLATINUM", "8000", "6000", null)));
        tiers.save(DemoData.STORE, setup, setup.getTiers());
        tiers.reevaluate(DemoData.STORE, customerIds);
    }

    private static TierRuleDraft step(String tier, String upgradeAt, String keepAt, String expressAt) {
        TierRuleDraft draft = new TierRuleDraft();
        draft.setTier(tier);
        draft.setUpgradeAt(new BigDecimal(upgradeAt));
        draft.setKeepAt(new BigDecimal(keepAt));
        draft.setExpressAt(expressAt == null ? null : new BigDecimal(expressAt));
        return draft;
    }
}
