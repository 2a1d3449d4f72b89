package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupFixtures;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.TierPlacement;

/**
 * A store's tiers BASE (the default) and SILVER (1,000 to reach, 800 to keep over 365 days, no grace), set up
 * through a host context's services, and customers put in SILVER by a rule, as an upgrade leaves them.
 */
public final class NoGraceLadder {

    private final ApplicationContext context;
    private final String store;

    private NoGraceLadder(ApplicationContext context, String store) {
        this.context = context;
        this.store = store;
    }

    public static NoGraceLadder create(ApplicationContext context, String store) {
        GroupService groups = context.getBean(GroupService.class);
        for (String[] tier : new String[][] { { "BASE", "0" }, { "SILVER", "1" } }) {
            GroupDraft draft = GroupFixtures.tier(tier[0], Integer.parseInt(tier[1]));
            draft.setDefaultTier("BASE".equals(tier[0]));
            groups.create(store, draft);
        }
        TierSettingsDraft settings = new TierSettingsDraft();
        settings.setEnabled(true);
        settings.setWindowDays(365);
        settings.setGraceDays(0);
        context.getBean(TierService.class).save(store, settings,
                List.of(rule("BASE", "0", "0"), rule("SILVER", "1000", "800")));
        return new NoGraceLadder(context, store);
    }

    /** Puts the customer in SILVER as an upgrade by the rules does. */
    void silver(long customer) {
        TierPlacement placement = context.getBean(TierPlacement.class);
        new TransactionTemplate(context.getBean("transactionManager", PlatformTransactionManager.class))
                .executeWithoutResult(status -> placement.moveTierByRule(store, customer,
                        placement.lockTierOf(store, customer),
                        context.getBean(GroupService.class).getByCode(store, "SILVER"), TierService.REASON_UPGRADE,
                        List.of("365", "1000.00", "1000.00")));
    }

    static TierRuleDraft rule(String tier, String upgradeAt, String keepAt) {
        TierRuleDraft draft = new TierRuleDraft();
        draft.setTier(tier);
        draft.setUpgradeAt(new BigDecimal(upgradeAt));
        draft.setKeepAt(new BigDecimal(keepAt));
        return draft;
    }
}
