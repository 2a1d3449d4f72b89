package io.smm.membership.points;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.benchmarks.ConcurrentRuns;
import io.smm.membership.benchmarks.PostgresHost;

/**
 * Points at the till on embedded PostgreSQL inside the stand-in host (its pool: 8 connections): concurrent shoppers,
 * each on an account of their own, redeem points for ever new carts as a checkout does through the ledger: the hold
 * in a transaction of its own before the payment, then its confirm in a transaction standing for the order's.
 *
 * <p>Arguments: threads, one account each (50), measured seconds (20), warm-up seconds (10).
 */
public final class PointsRedemptionBenchmark {

    private static final String STORE = "DEFAULT";
    private static final long POINTS = 100;

    private PointsRedemptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try (PostgresHost postgres = PostgresHost.start()) {
            ConfigurableApplicationContext host = postgres.context();
            PointsLedger ledger = host.getBean(PointsLedger.class);
            TransactionTemplate order = new TransactionTemplate(host.getBean(JpaTransactionManager.class));
            for (int shopper = 1; shopper <= threads; shopper++) {
                ledger.grant(STORE, shopper, 1_000_000_000L, "bench:" + shopper, "benchmark");
            }
            pastCheckouts(new JdbcTemplate(postgres.database()));
            AtomicLong orders = new AtomicLong();
            ConcurrentRuns.measure("hold and confirm, one account a shopper", "redemptions", threads, warmUp, seconds,
                    thread -> {
                        long orderId = orders.incrementAndGet();
                        String cart = "bench-" + orderId;
                        ledger.hold(STORE, thread + 1L, cart, POINTS, Instant.now());
                        order.executeWithoutResult(status -> ledger.confirm(STORE, thread + 1L, cart, orderId));
                    });
            for (int shopper = 1; shopper <= threads; shopper++) {
                PointsLedger.Invariant invariant = ledger.check(STORE, shopper);
                if (!invariant.holds()) {
                    throw new IllegalStateException("shopper " + shopper + ": " + invariant);
                }
            }
            System.out.println("invariant holds for every account");
        }
    }

    /**
     * A shop's past: another member's 100,000 checkouts paid with points (a grant, then a redemption, its lot move
     * and its confirmed hold each), analyzed, as a database in use has them. On empty tables PostgreSQL plans the
     * cart's holds look-up as a scan, and the plan each connection caches for it stays until autovacuum happens to
     * analyze the table: runs of the same code swung between about 400 and 1,200 a second.
     */
    private static void pastCheckouts(JdbcTemplate database) {
        long past = 100_000;
        String id = "1000000000";
        database.update("insert into SALESMANAGER.SMM_POINTS_ACCOUNT (ID, STORE_CODE, CUSTOMER_ID, BALANCE, VERSION)"
                + " values (" + id + ", '" + STORE + "', " + id + ", 0, 0)");
        database.update("insert into SALESMANAGER.SMM_POINTS_ENTRY (ID, STORE_CODE, ACCOUNT_ID, ENTRY_KEY, KIND,"
                + " POINTS, RECORDED_AT) select " + id + " + g, '" + STORE + "', " + id + ", 'past:' || g,"
                + " case when g = 0 then 'REWARD' else 'REDEEM' end,"
                + " case when g = 0 then " + past * POINTS + " else -" + POINTS + " end,"
                + " now() at time zone 'UTC' - interval '1 day' from generate_series(0, " + past + ") g");
        database.update("insert into SALESMANAGER.SMM_POINTS_LOT (ID, ACCOUNT_ID, STORE_CODE, EARN_ENTRY_ID, EARNED,"
                + " REMAINING, EARNED_AT, USABLE_AT, EXPIRES_AT) values (" + id + ", " + id + ", '" + STORE + "', " + id
                + ", " + past * POINTS + ", 0, now(), now(), now() + interval '1 year')");
        database.update("insert into SALESMANAGER.SMM_POINTS_LOT_MOVE (ENTRY_ID, LOT_ID, POINTS) select " + id
                + " + g, " + id + ", case when g = 0 then " + past * POINTS + " else -" + POINTS + " end"
                + " from generate_series(0, " + past + ") g");
        database.update("insert into SALESMANAGER.SMM_POINTS_HOLD (REDEEM_ENTRY_ID, STORE_CODE, ACCOUNT_ID, CART_CODE,"
                + " POINTS, ORDER_ID, EXPIRES_AT, STATE) select " + id + " + g, '" + STORE + "', " + id
                + ", 'past-' || g, " + POINTS + ", g, now() at time zone 'UTC' - interval '1 day', 'CONFIRMED'"
                + " from generate_series(1, " + past + ") g");
        database.execute("analyze");
    }
}
