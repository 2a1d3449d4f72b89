package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupFixtures;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipChange;
import io.smm.membership.web.InvalidInputException;

/**
 * The tier charts over history rows written at known instants, in a store of their own, on the host's database:
 * "now" is 15 March 2026 and the store's months begin at midnight in Taipei (UTC+8).
 */
@SpringBootTest(classes = { StandInShopApplication.class, TierChartsIntegrationTests.MarchInTaipei.class },
        properties = "sm.membership.store.time-zone=Asia/Taipei")
class TierChartsIntegrationTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Autowired
    private TierCharts charts;

    @Autowired
    private GroupService groups;

    @Autowired
    private ApplicationContext context;

    private String store;

    @BeforeEach
    void ladder() {
        store = "CHARTS" + System.nanoTime() % 1_000_000_000;
        GroupDraft base = GroupFixtures.tier("BASE", 0);
        base.setDefaultTier(true);
        groups.create(store, base);
        groups.create(store, GroupFixtures.tier("SILVER", 1));
        GroupDraft gold = GroupFixtures.tier("GOLD", 2);
        gold.setNameZhTw("金級");
        groups.create(store, gold);
    }

    @Test
    void countsTheLatestTierOfEachCustomerAtEachMonthEndAndTheMovesUpAndDownInEachMonth() {
        move(1, null, "SILVER", "2025-12-10T12:00");
        move(2, null, "GOLD", "2026-01-31T23:59");
        move(3, "BASE", "SILVER", "2026-02-01T00:00:30");
        move(3, "SILVER", "GOLD", "2026-02-20T10:00");
        move(3, "GOLD", "SILVER", "2026-03-02T10:00");
        move(4, "BASE", "GOLD", "2026-02-05T10:00");
        move(4, "GOLD", "BASE", "2026-02-06T10:00");
        move(5, null, "SILVER", "2026-03-03T08:00");
        move(5, "SILVER", "GOLD", "2026-03-03T08:00");
        GroupFixtures.recordChange(context, store, 6, MembershipChange.Type.GROUP_JOINED, null, "GOLD",
                Actor.system(), taipei("2026-01-10T10:00"));
        GroupFixtures.recordChange(context, store + "X", 7, MembershipChange.Type.TIER_CHANGED, null, "GOLD",
                Actor.system(), taipei("2026-01-10T10:00"));

        TierChartView chart = charts.chart(store, 3, Locale.TRADITIONAL_CHINESE);

        assertThat(chart.getMonths()).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(chart.getTiers()).extracting(TierChartView.TierSeries::getCode).containsExactly("SILVER", "GOLD");
        assertThat(chart.getTiers()).extracting(TierChartView.TierSeries::getName)
                .containsExactly("Name of SILVER", "金級");
        assertThat(chart.getTiers().get(0).getCounts()).containsExactly(1L, 1L, 2L);
        assertThat(chart.getTiers().get(1).getCounts()).containsExactly(1L, 2L, 2L);
        assertThat(chart.getUpgrades()).containsExactly(1L, 3L, 2L);
        assertThat(chart.getDowngrades()).containsExactly(0L, 1L, 1L);
        assertThat(chart.isEmpty()).isFalse();
    }

    @Test
    void aMoveAtTheLastMinuteOfAMonthInTheStoreZoneCountsInThatMonth() {
        move(1, "BASE", "GOLD", "2026-01-31T23:59:59");
        move(2, "BASE", "GOLD", "2026-02-01T00:00");

        TierChartView chart = charts.chart(store, 3, Locale.ENGLISH);

        assertThat(chart.getUpgrades()).containsExactly(1L, 1L, 0L);
        assertThat(chart.getTiers().get(1).getCounts()).containsExactly(1L, 2L, 2L);
    }

    @Test
    void aStoreWithoutTierMovesHasAnEmptyChartOfZeros() {
        TierChartView chart = charts.chart(store, TierCharts.DEFAULT_MONTHS, Locale.ENGLISH);

        assertThat(chart.getMonths()).hasSize(12).startsWith("2025-04").endsWith("2026-03");
        assertThat(chart.getTiers()).allSatisfy(tier -> assertThat(tier.getCounts()).hasSize(12).containsOnly(0L));
        assertThat(chart.isEmpty()).isTrue();
    }

    @Test
    void refusesFewerThanOneOrMoreThanThirtySixMonthsNamingTheField() {
        assertThat(charts.chart(store, 36, Locale.ENGLISH).getMonths()).hasSize(36).startsWith("2023-04");
        assertThat(charts.chart(store, 1, Locale.ENGLISH).getMonths()).containsExactly("2026-03");
        for (int months : new int[] { 0, 37 }) {
            assertThatThrownBy(() -> charts.chart(store, months, Locale.ENGLISH))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                            .extracting(violation -> violation.field()).containsExactly("months"));
        }
    }

    private void move(long customer, String from, String to, String taipeiTime) {
        GroupFixtures.recordChange(context, store, customer, MembershipChange.Type.TIER_CHANGED, from, to,
                customer % 2 == 0 ? Actor.owner("owner@example.com") : Actor.system(), taipei(taipeiTime));
    }

    private static Instant taipei(String localTime) {
        return LocalDateTime.parse(localTime).atZone(TAIPEI).toInstant();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MarchInTaipei {

        @Bean
        Clock membershipClock() {
            return Clock.fixed(Instant.parse("2026-03-15T04:00:00Z"), ZoneOffset.UTC);
        }
    }
}
