package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupFixtures;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.tiers.TierRuleDraft;
import io.smm.membership.tiers.TierService;
import io.smm.membership.tiers.TierSettingsDraft;

/**
 * Tiers decided by points earned in their window instead of spend, on the host's database, each case in a store of
 * its own with tiers BASE and SILVER (1,000 to reach over 365 days).
 */
@SpringBootTest(classes = StandInShopApplication.class)
class PointsTiersIntegrationTests {

    private static final AtomicLong IDS = new AtomicLong(7_000_000 + System.nanoTime() % 1_000_000 * 10);

    @Autowired
    private GroupService groups;

    @Autowired
    private TierService tiers;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private PointsSettingsService settings;

    @Autowired
    private PointsLedger ledger;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aMemberWithEnoughPointsAndLittleSpendMovesUpWhenTiersGoByPoints() {
        String store = storeWithTiers(true);

        String tier = tierAfterAnOrderEarning(store, 1200);

        assertThat(tier).isEqualTo("SILVER");
    }

    @Test
    void theSameMemberStaysWhenTiersGoBySpend() {
        String store = storeWithTiers(false);

        String tier = tierAfterAnOrderEarning(store, 1200);

        assertThat(tier).isEqualTo("BASE");
    }

    @Test
    void pointsUnearnedByARefundNoLongerCount() {
        String store = storeWithTiers(true);
        long customer = IDS.incrementAndGet();
        OrderFacts first = order(store, customer);
        inTransaction(() -> ledger.earn(store, customer, first.orderId(), 1200, Instant.now(), Instant.now()));
        inTransaction(() -> ledger.giveBack(OrderGiveBack.partial(first,
                new BigDecimal("5.00"), first.total(), "half")));

        String tier = tierAfterOrder(store, customer, order(store, customer));

        assertThat(tier).as("1200 earned, 600 unearned").isEqualTo("BASE");
    }

    /** A customer's order of 10.00 that earns {@code points}: their tier once the order is recorded. */
    private String tierAfterAnOrderEarning(String store, long points) {
        long customer = IDS.incrementAndGet();
        OrderFacts order = order(store, customer);
        inTransaction(() -> ledger.earn(store, customer, order.orderId(), points, Instant.now(), Instant.now()));
        return tierAfterOrder(store, customer, order);
    }

    private String tierAfterOrder(String store, long customer, OrderFacts order) {
        inTransaction(() -> tiers.recordAndReevaluate(order, true));
        return memberships.statusOf(store, customer).tier().map(MemberGroup::getCode).orElse(null);
    }

    private String storeWithTiers(boolean byPoints) {
        String store = "PTIER" + IDS.incrementAndGet();
        for (String[] tier : new String[][] { { "BASE", "0" }, { "SILVER", "1" } }) {
            GroupDraft draft = GroupFixtures.tier(tier[0], Integer.parseInt(tier[1]));
            draft.setDefaultTier("BASE".equals(tier[0]));
            groups.create(store, draft);
        }
        TierSettingsDraft tierSettings = new TierSettingsDraft();
        tierSettings.setEnabled(true);
        tierSettings.setWindowDays(365);
        tierSettings.setGraceDays(0);
        tiers.save(store, tierSettings, List.of(rule("BASE", "0"), rule("SILVER", "1000")));
        PointsSettingsDraft points = new PointsSettingsDraft();
        points.setEnabled(true);
        points.setPointsPerUnit(BigDecimal.ONE);
        points.setCashValue(new BigDecimal("0.01"));
        points.setMinRedeem(100L);
        points.setMaxOrderShare(new BigDecimal("50"));
        points.setExpiryMode(PointsTerms.ExpiryMode.DAYS_AFTER_EARNING);
        points.setExpiryDays(365);
        points.setExpiryPeriod(PointsTerms.Period.YEAR);
        points.setReturnWindowDays(0);
        points.setTiersByPoints(byPoints);
        points.setTierRates(List.of());
        settings.save(store, points);
        return store;
    }

    private static TierRuleDraft rule(String tier, String upgradeAt) {
        TierRuleDraft draft = new TierRuleDraft();
        draft.setTier(tier);
        draft.setUpgradeAt(new BigDecimal(upgradeAt));
        draft.setKeepAt(new BigDecimal(upgradeAt));
        return draft;
    }

    private static OrderFacts order(String store, long customer) {
        return new OrderFacts(IDS.incrementAndGet(), customer, store, Instant.now(), "ORDERED",
                new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD"));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }
}
