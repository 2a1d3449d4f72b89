package io.smm.membership.points;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import io.smm.membership.benchmarks.PostgresHost;

/**
 * The daily points expiry on embedded PostgreSQL inside the stand-in host: {@code lots} due lots (10 an account, each
 * with its grant entry and lot move, so the ledger's invariant holds before and after), beside as many not yet due,
 * expired by one run of {@link PointsExpiry#expireDue()} (batches of 500, each its own transaction, under the job's
 * lease). Heap in use is read before, every 50 ms during (the peak), and after the run, each time after a GC.
 *
 * <p>Arguments: due lots (1000000).
 */
public final class PointsExpiryBenchmark {

    private static final int LOTS_AN_ACCOUNT = 10;
    private static final long POINTS = 7;

    private PointsExpiryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int due = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (PostgresHost postgres = PostgresHost.start()) {
            JdbcTemplate database = new JdbcTemplate(postgres.database());
            long seeding = System.nanoTime();
            seed(database, due);
            System.out.printf("seeded %,d due lots and %,d not yet due in %.1f s%n", due, due,
                    (System.nanoTime() - seeding) / 1e9);
            PointsExpiry expiry = postgres.context().getBean(PointsExpiry.class);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            memory.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 50, TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            int expired = expiry.expireDue();
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.shutdown();
            memory.gc();
            long after = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("expired %,d of %,d due lots in %.1f s (%,.0f lots per second)%n", expired, due, seconds,
                    expired / seconds);
            System.out.printf("heap in use: before %.1f MB (after a GC), peak %.1f MB (sampled every 50 ms),"
                    + " after %.1f MB (after a GC)%n", before / 1e6, peak.get() / 1e6, after / 1e6);
            System.out.println(database.queryForObject("select count(*) from SALESMANAGER.SMM_POINTS_ACCOUNT a"
                    + " where a.BALANCE <> (select sum(e.POINTS) from SALESMANAGER.SMM_POINTS_ENTRY e"
                    + " where e.ACCOUNT_ID = a.ID) or a.BALANCE <> (select sum(l.REMAINING)"
                    + " from SALESMANAGER.SMM_POINTS_LOT l where l.ACCOUNT_ID = a.ID)", Long.class)
                    + " accounts break the invariant; due lots left: " + database.queryForObject(
                            "select count(*) from SALESMANAGER.SMM_POINTS_LOT where REMAINING > 0"
                            + " and EXPIRES_AT <= now() at time zone 'UTC'", Long.class));
        }
    }

    /**
     * Set-based: {@code due} lots of 7 points expired yesterday and as many expiring next year, 10 an account and
     * account by account, each with a REWARD entry and its lot move.
     */
    private static void seed(JdbcTemplate database, int due) {
        int lots = 2 * due;
        int accounts = lots / LOTS_AN_ACCOUNT;
        database.update("insert into SALESMANAGER.SMM_POINTS_ACCOUNT (ID, STORE_CODE, CUSTOMER_ID, BALANCE, VERSION)"
                + " select g, 'DEFAULT', 1000000 + g, " + LOTS_AN_ACCOUNT * POINTS + ", 0"
                + " from generate_series(1, " + accounts + ") g");
        database.update("insert into SALESMANAGER.SMM_POINTS_ENTRY (ID, STORE_CODE, ACCOUNT_ID, ENTRY_KEY, KIND,"
                + " POINTS, RECORDED_AT) select g, 'DEFAULT', (g - 1) / " + LOTS_AN_ACCOUNT + " + 1, 'seed:' || g,"
                + " 'REWARD', " + POINTS + ", now() at time zone 'UTC' - interval '400 days'"
                + " from generate_series(1, " + lots + ") g");
        // accounts alternate between due and not yet due, so that the job's batches go through both
        database.update("insert into SALESMANAGER.SMM_POINTS_LOT (ID, ACCOUNT_ID, STORE_CODE, EARN_ENTRY_ID, EARNED,"
                + " REMAINING, EARNED_AT, USABLE_AT, EXPIRES_AT) select g, (g - 1) / " + LOTS_AN_ACCOUNT + " + 1,"
                + " 'DEFAULT', g, " + POINTS + ", " + POINTS + ", now() at time zone 'UTC' - interval '400 days',"
                + " now() at time zone 'UTC' - interval '400 days', now() at time zone 'UTC'"
                + " + case when ((g - 1) / " + LOTS_AN_ACCOUNT + ") % 2 = 0 then interval '-1 day'"
                + " else interval '365 days' end from generate_series(1, " + lots + ") g");
        database.update("insert into SALESMANAGER.SMM_POINTS_LOT_MOVE (ENTRY_ID, LOT_ID, POINTS) select g, g, " + POINTS
                + " from generate_series(1, " + lots + ") g");
        for (String table : new String[] { "ACCOUNT", "ENTRY", "LOT" }) {
            database.execute("select setval(pg_get_serial_sequence('SALESMANAGER.SMM_POINTS_" + table + "', 'id'), "
                    + (table.equals("ACCOUNT") ? accounts : lots) + ")");
        }
        database.execute("vacuum analyze");
    }
}
