package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.groups.Actor;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupFixtures;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipChange;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.settings.MembershipProperties;
import io.smm.membership.testdb.DatabaseContract;

/**
 * What the tiers feature must do on every database the host runs on: orders counted once and customers moved once
 * while the daily job, the backfill, checkouts and moves by hand race, and the tier charts counted by the database.
 */
abstract class TiersDatabaseContract extends DatabaseContract {

    @Test
    void countsEveryConcurrentOrderOfACustomerWhileTheJobRunsAndMovesThemOnce() throws Exception {
        String store = "RACE";
        tiersOn(store, "R");
        TierUpkeep upkeep = context.getBean(TierUpkeep.class);
        TierService tiers = context.getBean(TierService.class);
        TransactionTemplate hostTransaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        long customer = 120;

        List<Optional<Boolean>> outcomes = race(i -> hostTransaction.execute(status -> {
            if (i % 2 == 0) {
                upkeep.orderPlaced(new OrderFacts(5_000 + i, customer, store, Instant.now(), "ORDERED",
                        new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD")));
            } else {
                tiers.reevaluate(store, List.of(customer - 1, customer, customer + 1));
            }
            return true;
        }));

        assertThat(outcomes).allMatch(Optional::isPresent);
        assertThat(memberships.statusOf(store, customer).tier().map(MemberGroup::getCode)).contains("RSILVER");
        assertThat(count("select count(*) from " + table("SMM_SPEND_ORDER") + " where CUSTOMER_ID = 120"))
                .isEqualTo(THREADS / 2);
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 120"))
                .isEqualTo(1);
    }

    @Test
    void recordsBackfillPagesWhileTheirCustomersOrdersChangeStatusWithoutDeadlocking() throws Exception {
        String store = "PAGE";
        tiersOn(store, "P");
        TierUpkeep upkeep = context.getBean(TierUpkeep.class);
        TierService tiers = context.getBean(TierService.class);
        TransactionTemplate hostTransaction = new TransactionTemplate(context.getBean(JpaTransactionManager.class));
        List<OrderFacts> page = new ArrayList<>();
        for (long order = 7_000; order < 7_040; order++) {
            page.add(pageOrder(store, order, 130 + order % 2, "ORDERED"));
        }
        tiers.recordPage(store, page);

        // a page updates its orders in id order; a status change updates its order, then reads the customer's others
        List<Optional<Boolean>> outcomes = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            outcomes.addAll(race(i -> {
                if (i % 2 == 0) {
                    tiers.recordPage(store, page);
                } else {
                    hostTransaction.executeWithoutResult(status -> upkeep.orderChanged(
                            pageOrder(store, 7_038 + i % 4 / 2, 130 + i % 4 / 2, "PROCESSED")));
                }
                return true;
            }));
        }

        assertThat(outcomes).allMatch(Optional::isPresent);
        assertThat(count("select count(*) from " + table("SMM_SPEND_ORDER") + " where STORE_CODE = 'PAGE'"))
                .isEqualTo(40);
    }

    @Test
    void movesACustomerByHandAndByTheRulesOneAfterTheOther() throws Exception {
        String store = "HAND";
        tiersOn(store, "H");
        TierService tiers = context.getBean(TierService.class);
        long customer = 140;
        tiers.recordPage(store, List.of(new OrderFacts(7_100, customer, store, Instant.now(), "ORDERED",
                new BigDecimal("1200.00"), BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD"))));

        // as an owner's approval into a tier does, by hand; and as the daily job does, by the rules
        List<Optional<Boolean>> outcomes = race(i -> i % 2 == 0
                ? memberships.moveTier(store, customer, "HSILVER", Actor.system(), null)
                : tiers.reevaluate(store, List.of(customer)) >= 0);

        assertThat(outcomes).allMatch(Optional::isPresent);
        assertThat(memberships.statusOf(store, customer).tier().map(MemberGroup::getCode)).contains("HSILVER");
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 140"))
                .isEqualTo(1);
    }

    /** An order of 30.00: forty of them move nobody, so the race is about the orders alone. */
    private static OrderFacts pageOrder(String store, long orderId, long customer, String status) {
        return new OrderFacts(orderId, customer, store, Instant.now(), status, new BigDecimal("30.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, Currency.getInstance("CAD"));
    }

    /** Tiers {prefix}BASE (default) and {prefix}SILVER (1,000, keep 800) for the store, switched on. */
    private void tiersOn(String store, String prefix) {
        GroupDraft base = draft(prefix + "BASE", GroupKind.TIER, 0);
        base.setDefaultTier(true);
        groups.create(store, base);
        groups.create(store, draft(prefix + "SILVER", GroupKind.TIER, 1));
        TierSettingsDraft settings = new TierSettingsDraft();
        settings.setEnabled(true);
        settings.setWindowDays(365);
        settings.setGraceDays(30);
        context.getBean(TierService.class).save(store, settings, List.of(tierRule(prefix + "BASE", "0", "0"),
                tierRule(prefix + "SILVER", "1000", "800")));
    }

    @Test
    void chartsTheTierHistoryByMonthWithTheDatabaseCounting() {
        String store = "CHART";
        GroupDraft base = draft("CBASE", GroupKind.TIER, 0);
        base.setDefaultTier(true);
        groups.create(store, base);
        groups.create(store, draft("CSILVER", GroupKind.TIER, 1));
        groups.create(store, draft("CGOLD", GroupKind.TIER, 2));
        ZoneId zone = context.getBean(MembershipProperties.class).storeTimeZone();
        YearMonth month = YearMonth.now(zone);
        Instant lastMonth = month.minusMonths(1).atDay(10).atStartOfDay(zone).toInstant();
        Instant thisMonth = month.atDay(1).atStartOfDay(zone).toInstant();
        tierChange(store, 1, null, "CSILVER", lastMonth);
        tierChange(store, 2, null, "CGOLD", lastMonth);
        tierChange(store, 1, "CSILVER", "CGOLD", thisMonth);
        tierChange(store, 2, "CGOLD", "CBASE", thisMonth);

        TierChartView chart = context.getBean(TierCharts.class).chart(store, 2, Locale.ENGLISH);

        assertThat(chart.getTiers()).extracting(TierChartView.TierSeries::getCode)
                .containsExactly("CSILVER", "CGOLD");
        assertThat(chart.getTiers().get(0).getCounts()).containsExactly(1L, 0L);
        assertThat(chart.getTiers().get(1).getCounts()).containsExactly(1L, 1L);
        assertThat(chart.getUpgrades()).containsExactly(2L, 1L);
        assertThat(chart.getDowngrades()).containsExactly(0L, 1L);
    }

    private void tierChange(String store, long customer, String from, String to, Instant at) {
        GroupFixtures.recordChange(context, store, customer, MembershipChange.Type.TIER_CHANGED, from, to,
                Actor.system(), at);
    }

    private static TierRuleDraft tierRule(String tier, String upgradeAt, String keepAt) {
        TierRuleDraft rule = new TierRuleDraft();
        rule.setTier(tier);
        rule.setUpgradeAt(new BigDecimal(upgradeAt));
        rule.setKeepAt(new BigDecimal(keepAt));
        return rule;
    }
}
