package io.smm.membership.analytics;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.smm.membership.benchmarks.PostgresHost;
import io.smm.membership.dashboard.DashboardPeriod;
import io.smm.membership.dashboard.DashboardService;
import io.smm.membership.dashboard.OrderSpanRefresher;

/**
 * The owner's dashboard on embedded PostgreSQL inside the stand-in host, over {@link AnalyticsShop} with a tier move
 * for each member above the default tier: the order spans counted afresh, then again for {@value #CHANGED} changed
 * members (each once); each panel for the last 30 days and for this year, and the first page of the members behind a
 * figure, each timed {@value #RUNS} times after a warm-up run (median and slowest).
 *
 * <p>Arguments: customers (100000), orders (1000000).
 */
public final class DashboardBenchmark {

    private static final int RUNS = 5;
    private static final int CHANGED = 1_000;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (PostgresHost postgres = PostgresHost.start()) {
            AnalyticsShop.seed(postgres, customers, orders);
            moves(postgres, customers);
            OrderSpanRefresher spans = postgres.context().getBean(OrderSpanRefresher.class);
            once("order spans counted afresh", spans::refresh);
            changes(postgres, CHANGED);
            once(String.format("order spans of %,d changed members counted again", CHANGED), spans::refresh);
            DashboardService dashboard = postgres.context().getBean(DashboardService.class);
            for (String preset : List.of("last-30-days", "this-year")) {
                DashboardPeriod period = dashboard.period(preset, null, null);
                for (String panel : DashboardService.PANELS) {
                    report(preset + " " + panel, () -> dashboard.panel(AnalyticsShop.STORE, panel, period,
                            Locale.ENGLISH));
                }
                String from = period.getCurrent().getFrom().toString();
                String to = period.getCurrent().getTo().toString();
                for (String figure : List.of("ACTIVE", "SLEEPING", "MEMBERS")) {
                    report(preset + " members of " + figure + " (first page of 20)", () -> dashboard.members(
                            AnalyticsShop.STORE, dashboard.membersQuery(AnalyticsShop.STORE, figure, "GOLD", null,
                                    null, from, to, 0, 20)));
                }
            }
        }
    }

    /** The scheduled refresh's work, timed once: the first run counts the seeded store afresh. */
    private static void once(String what, BooleanSupplier refresh) {
        long started = System.nanoTime();
        if (!refresh.getAsBoolean()) {
            throw new IllegalStateException("another node held the lease");
        }
        System.out.printf("%-55s %10.1f ms%n", what, (System.nanoTime() - started) / 1e6);
    }

    /** Members whose orders changed, as the spend ledger notes them: every hundredth customer. */
    private static void changes(PostgresHost host, int members) throws Exception {
        try (Connection connection = host.database().getConnection()) {
            new JdbcTemplate(new SingleConnectionDataSource(connection, true)).update("insert into"
                    + " SALESMANAGER.SMM_SPAN_CHANGE (STORE_CODE, CUSTOMER_ID) select '" + AnalyticsShop.STORE
                    + "', " + AnalyticsShop.FIRST_CUSTOMER + " + 100 * g from generate_series(1, " + members + ") g");
        }
    }

    /** A move up from the default tier for every member above it, spread over the last two years. */
    private static void moves(PostgresHost host, int customers) throws Exception {
        try (Connection connection = host.database().getConnection()) {
            new JdbcTemplate(new SingleConnectionDataSource(connection, true)).update("insert into"
                    + " SALESMANAGER.SMM_MEMBERSHIP_CHANGE (STORE_CODE, CUSTOMER_ID, CHANGE_TYPE, FROM_GROUP_CODE,"
                    + " TO_GROUP_CODE, ACTOR_KIND, CHANGED_AT) select '" + AnalyticsShop.STORE + "', "
                    + AnalyticsShop.FIRST_CUSTOMER + " + g, 'TIER_CHANGED', 'BASE', case when g % 10 < 2 then"
                    + " 'SILVER' when g % 10 < 3 then 'GOLD' else 'PLATINUM' end, 'SYSTEM', now() at time zone 'UTC'"
                    + " - (g % 730) * interval '1 day' from generate_series(0, " + (customers - 1) + ") g"
                    + " where g % 10 < 4; analyze SALESMANAGER.SMM_MEMBERSHIP_CHANGE");
        }
    }

    private static void report(String what, Runnable run) {
        run.run();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-55s median %7.1f ms, slowest %7.1f ms%n", what, millis[RUNS / 2], millis[RUNS - 1]);
    }
}
