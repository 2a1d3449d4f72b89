package io.smm.membership.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.groups.Actor;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.points.PointsReports;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.testdb.DatabaseContract;

/**
 * The dashboard's queries on each database: period edges in the store's zone (Taipei), refunds and cancels, members
 * of the default tier without a tier row, another store's rows, and every list naming exactly the members counted;
 * the order figures counted again after orders change, members move tier or the zone changes.
 */
abstract class DashboardDatabaseContract extends DatabaseContract {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final long GOLD_BUYER = 101;
    private static final long LATE_BUYER = 102;
    private static final long REPEAT_BUYER = 103;
    private static final long SLEEPER = 104;
    private static final long PART_REFUNDED = 106;
    private static final long CHANGING = 107;
    private static final long NEW_YEAR_BUYER = 108;

    private DashboardService dashboard;
    private DashboardPeriod march;
    private long orderIds = 1;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { Queries.class };
    }

    @BeforeAll
    void seed() {
        dashboard = dashboard(store -> 90);
        march = dashboard.period(null, "2024-03-01", "2024-03-31");
        memberships.moveTier(STORE, GOLD_BUYER, "GOLD", Actor.system(), "test");
        memberships.moveTier(STORE, SLEEPER, "SILVER", Actor.system(), "test");
        order(STORE, GOLD_BUYER, local("2024-03-31T23:59"), "DELIVERED", "100.00");
        order(STORE, LATE_BUYER, local("2024-04-01T00:00"), "DELIVERED", "80.00");
        refund(order(STORE, LATE_BUYER, local("2024-03-10T12:00"), "DELIVERED", "50.00"), "50.00");
        order(STORE, REPEAT_BUYER, local("2024-03-01T00:00"), "PROCESSED", "40.00");
        order(STORE, REPEAT_BUYER, local("2024-03-15T10:00"), "DELIVERED", "60.00");
        order(STORE, REPEAT_BUYER, local("2024-03-16T10:00"), "CANCELED", "99.00");
        order(STORE, SLEEPER, local("2024-03-20T10:00"), "REFUNDED", "70.00");
        order(STORE, SLEEPER, local("2023-06-01T10:00"), "DELIVERED", "30.00");
        refund(order(STORE, PART_REFUNDED, local("2024-03-05T10:00"), "DELIVERED", "100.00"), "30.00");
        order("OTHER", GOLD_BUYER, local("2024-03-05T10:00"), "DELIVERED", "500.00");
        order("OTHER", 105, local("2024-03-05T10:00"), "DELIVERED", "500.00");
        move(STORE, GOLD_BUYER, null, "GOLD", local("2024-03-31T23:59"));
        move(STORE, SLEEPER, "BRONZE", "SILVER", local("2024-04-01T00:00"));
        move("OTHER", 105, null, "GOLD", local("2024-03-10T00:00"));
        assertThat(refresher(TAIPEI).refresh()).isTrue();
    }

    @Test
    void ordersCanceledOrMovedToAnotherTierAreCountedAgainAtTheNextRefresh() {
        long first = order(STORE, CHANGING, local("2025-06-10T10:00"), "DELIVERED", "40.00");
        order(STORE, CHANGING, local("2025-06-12T10:00"), "DELIVERED", "60.00");
        changed(CHANGING);
        refresher(TAIPEI).refresh();
        DashboardPeriod june = dashboard.period(null, "2025-06-01", "2025-06-30");
        assertThat(value(dashboard.panel(STORE, "repurchase", june, Locale.ENGLISH), "BRONZE", "repurchasers"))
                .isEqualTo("1");
        assertThat(value(dashboard.panel(STORE, "sales", june, Locale.ENGLISH), "BRONZE", "revenue"))
                .isEqualTo("100.00");

        jdbc.update("update " + table("SMM_SPEND_ORDER") + " set STATUS = 'CANCELED' where ORDER_ID = ?", first);
        changed(CHANGING);
        memberships.moveTier(STORE, CHANGING, "GOLD", Actor.system(), "test");
        refresher(TAIPEI).refresh();

        DashboardPanel repurchase = dashboard.panel(STORE, "repurchase", june, Locale.ENGLISH);
        assertThat(value(repurchase, "BRONZE", "buyers")).isEqualTo("0");
        assertThat(value(repurchase, "GOLD", "buyers")).isEqualTo("1");
        assertThat(value(repurchase, "GOLD", "repurchasers")).isEqualTo("0");
        assertThat(value(dashboard.panel(STORE, "sales", june, Locale.ENGLISH), "GOLD", "revenue"))
                .isEqualTo("60.00");
        assertThat(count("select count(*) from " + table("SMM_SPAN_CHANGE"))).isZero();
    }

    @Test
    void aStoreCountedInAnotherTimeZoneIsCountedAfreshInTheStoresZone() {
        order(STORE, NEW_YEAR_BUYER, local("2025-01-01T01:00"), "DELIVERED", "10.00");
        changed(NEW_YEAR_BUYER);
        DashboardPeriod december = dashboard.period(null, "2024-12-01", "2024-12-31");
        try {
            refresher(ZoneId.of("UTC")).refresh();
            assertThat(value(dashboard.panel(STORE, "sales", december, Locale.ENGLISH), DashboardService.ALL,
                    "orders")).isEqualTo("1");
        } finally {
            refresher(TAIPEI).refresh();
        }
        assertThat(value(dashboard.panel(STORE, "sales", december, Locale.ENGLISH), DashboardService.ALL,
                "orders")).isEqualTo("0");
    }

    @Test
    void countsActiveMembersPerTierWithinTheLocalDaysOfThePeriod() {
        DashboardPanel activity = dashboard.panel(STORE, "activity", march, Locale.ENGLISH);

        assertThat(value(activity, "GOLD", "active")).isEqualTo("1");
        assertThat(value(activity, "BRONZE", "active")).isEqualTo("2");
        assertThat(value(activity, "SILVER", "active")).isEqualTo("0");
        assertThat(value(activity, DashboardService.ALL, "active")).isEqualTo("3");
        assertThat(members(DashboardFigure.ACTIVE, null)).containsExactly(GOLD_BUYER, REPEAT_BUYER, PART_REFUNDED);
        assertThat(members(DashboardFigure.ACTIVE, "BRONZE")).containsExactly(REPEAT_BUYER, PART_REFUNDED);
    }

    private OrderSpanRefresher refresher(ZoneId zone) {
        return new OrderSpanRefresher(context.getBean(OrderSpanStore.class), groups,
                context.getBean(JobLeaseTaker.class), Clock.systemUTC(), zone, Duration.ofMinutes(1));
    }

    /** The member's orders changed, as the spend ledger notes it. */
    private void changed(long customerId) {
        jdbc.update("insert into " + table("SMM_SPAN_CHANGE") + " (STORE_CODE, CUSTOMER_ID) values (?, ?)", STORE,
                customerId);
    }

    private DashboardService dashboard(SleepDays sleepDays) {
        @SuppressWarnings("unchecked")
        ObjectProvider<PointsReports> noPoints = mock(ObjectProvider.class);
        return new DashboardService(context.getBean(DashboardQueries.class), mock(MemberRoll.class), groups,
                context.getBean(MemberDirectory.class), noPoints, store -> Optional.of(Currency.getInstance("CAD")),
                new MoneyRule(RoundingMode.HALF_UP), Clock.fixed(Instant.parse("2024-04-15T00:00:00Z"), TAIPEI),
                TAIPEI, sleepDays);
    }

    @Test
    void aStoreThatLetsMembersSleepLongerCountsFewerSleepers() {
        DashboardPanel activity = dashboard(store -> STORE.equals(store) ? 400 : 90).panel(STORE, "activity", march,
                Locale.ENGLISH);

        assertThat(value(activity, DashboardService.ALL, "sleeping")).isEqualTo("0");
    }

    @Test
    void sleepingMembersHadAPaidOrderButNoneInTheSleepDays() {
        DashboardPanel activity = dashboard.panel(STORE, "activity", march, Locale.ENGLISH);

        assertThat(value(activity, "SILVER", "sleeping")).isEqualTo("1");
        assertThat(value(activity, DashboardService.ALL, "sleeping")).isEqualTo("1");
        assertThat(members(DashboardFigure.SLEEPING, null)).containsExactly(SLEEPER);
    }

    @Test
    void repurchaseRateCountsTwoPaidOrdersInThePeriod() {
        DashboardPanel repurchase = dashboard.panel(STORE, "repurchase", march, Locale.ENGLISH);

        assertThat(value(repurchase, "BRONZE", "repurchasers")).isEqualTo("1");
        assertThat(value(repurchase, "BRONZE", "rate-percent")).isEqualTo("50.0");
        assertThat(value(repurchase, "GOLD", "rate-percent")).isEqualTo("0.0");
        assertThat(value(repurchase, "SILVER", "rate-percent")).isNull();
        assertThat(members(DashboardFigure.REPURCHASERS, "BRONZE")).containsExactly(REPEAT_BUYER);
    }

    @Test
    void salesAreNetOfRefundsPerTier() {
        DashboardPanel sales = dashboard.panel(STORE, "sales", march, Locale.ENGLISH);

        assertThat(value(sales, "BRONZE", "orders")).isEqualTo("3");
        assertThat(value(sales, "BRONZE", "revenue")).isEqualTo("170.00");
        assertThat(value(sales, "BRONZE", "average-order")).isEqualTo("56.67");
        assertThat(value(sales, "GOLD", "revenue-share-percent")).isEqualTo("37.0");
        assertThat(value(sales, DashboardService.ALL, "revenue")).isEqualTo("270.00");
    }

    @Test
    void tierMovesCountTheLastLocalMinuteOnly() {
        DashboardPanel moves = dashboard.panel(STORE, "moves", march, Locale.ENGLISH);

        assertThat(moves.getRows().stream().map(DashboardPanel.Row::getKey)).containsExactly("UP", "DOWN",
                "BRONZE>GOLD");
        assertThat(value(moves, "UP", "members")).isEqualTo("1");
        assertThat(value(moves, "BRONZE>GOLD", "members")).isEqualTo("1");
        assertThat(ids(dashboard.membersQuery(STORE, "MOVED", null, null, "GOLD", "2024-03-01", "2024-03-31", 0,
                20))).containsExactly(GOLD_BUYER);
    }

    @Test
    void aMoveFromTheDefaultTierCountsAndListsItsMembersOnceWhetherItsCodeWasRecordedOrNot() {
        move(STORE, PART_REFUNDED, "BRONZE", "GOLD", local("2024-05-10T10:00"));
        move(STORE, REPEAT_BUYER, null, "GOLD", local("2024-05-11T10:00"));
        move(STORE, PART_REFUNDED, null, "GOLD", local("2024-05-12T10:00"));

        DashboardPanel moves = dashboard.panel(STORE, "moves", dashboard.period(null, "2024-05-01", "2024-05-31"),
                Locale.ENGLISH);

        assertThat(value(moves, "BRONZE>GOLD", "members")).isEqualTo("2");
        assertThat(moves.getRows().get(2).getValues().get(0).getMembers().getMoveFrom()).isNull();
        assertThat(ids(dashboard.membersQuery(STORE, "MOVED", null, null, "GOLD", "2024-05-01", "2024-05-31", 0,
                20))).containsExactly(REPEAT_BUYER, PART_REFUNDED);
        assertThat(ids(dashboard.membersQuery(STORE, "MOVED", null, "BRONZE", "GOLD", "2024-05-01", "2024-05-31", 0,
                20))).containsExactly(REPEAT_BUYER, PART_REFUNDED);
    }

    @Test
    void thePreviousPeriodIsAsLongAndEndsTheDayBefore() {
        assertThat(march.getPrevious().getFrom()).hasToString("2024-01-30");
        assertThat(march.getPrevious().getTo()).hasToString("2024-02-29");
        DashboardPanel activity = dashboard.panel(STORE, "activity", march, Locale.ENGLISH);
        DashboardPanel.Value all = activity.getRows().get(activity.getRows().size() - 1).getValues().get(0);
        assertThat(all.getPrevious()).isZero();
    }

    private List<Long> members(DashboardFigure figure, String tier) {
        return ids(dashboard.membersQuery(STORE, figure.name(), tier, null, null, "2024-03-01", "2024-03-31", 0,
                20));
    }

    private List<Long> ids(DashboardService.MembersQuery query) {
        return dashboard.members(STORE, query).getContent().stream().map(MemberSummary::getCustomerId)
                .collect(Collectors.toList());
    }

    private static String value(DashboardPanel panel, String row, String measure) {
        int column = panel.getMeasures().indexOf(measure);
        BigDecimal current = panel.getRows().stream().filter(each -> each.getKey().equals(row)).findFirst()
                .orElseThrow().getValues().get(column).getCurrent();
        return current == null ? null : current.toPlainString();
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(TAIPEI).toInstant();
    }

    private long order(String store, long customerId, Instant placedAt, String status, String total) {
        long orderId = orderIds++;
        jdbc.update("insert into " + table("SMM_SPEND_ORDER") + " (STORE_CODE, ORDER_ID, CUSTOMER_ID, PLACED_AT,"
                + " STATUS, TOTAL, SHIPPING, TAX, CURRENCY, UPDATED_AT) values (?, ?, ?, ?, ?, ?, 0, 0, 'CAD', ?)",
                store, orderId, customerId, NativeRows.utc(placedAt), status, new BigDecimal(total),
                NativeRows.utc(placedAt));
        return orderId;
    }

    private void refund(long orderId, String amount) {
        jdbc.update("insert into " + table("SMM_ORDER_REFUND") + " (STORE_CODE, ORDER_ID, REFUND_KEY, AMOUNT,"
                + " CURRENCY, SOURCE, RECORDED_AT) values (?, ?, ?, ?, 'CAD', 'OWNER', ?)", STORE, orderId,
                "r" + orderId, new BigDecimal(amount), NativeRows.utc(Instant.now()));
    }

    private void move(String store, long customerId, String from, String to, Instant at) {
        jdbc.update("insert into " + table("SMM_MEMBERSHIP_CHANGE") + " (STORE_CODE, CUSTOMER_ID, CHANGE_TYPE,"
                + " FROM_GROUP_CODE, TO_GROUP_CODE, ACTOR_KIND, CHANGED_AT) values (?, ?, 'TIER_CHANGED', ?, ?,"
                + " 'SYSTEM', ?)", store, customerId, from, to, NativeRows.utc(at));
    }

    @Configuration(proxyBeanMethods = false)
    static class Queries {

        @Bean
        DashboardQueries membershipDashboardQueries() {
            return new DashboardQueries();
        }

        @Bean
        OrderSpanStore membershipOrderSpanStore() {
            return new OrderSpanStore();
        }
    }
}
