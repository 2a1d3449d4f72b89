package io.smm.membership.tiers;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.GarbageCollectionNotificationInfo;

import io.smm.membership.benchmarks.PostgresHost;
import io.smm.membership.groups.GroupDraft;
import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.GroupService;


/**
 * The daily tier job over 100,000 customers and 1,000,000 orders, on embedded PostgreSQL inside the stand-in
 * host. Prints the run time of a first run (many customers move) and of a second one (nobody moves), and the
 * heap left after each garbage collection while the job runs (the live data), to show it stays flat.
 *
 * <p>Arguments: customers (default 100000), orders per customer (default 10), batch size (default 500).
 */
public final class TierJobBenchmark {

    private static final String STORE = "DEFAULT";
    private static final String[] TIERS = { "BASE", "SILVER", "GOLD", "PLATINUM" };
    private static final long FIRST_CUSTOMER = 1_000_000L;

    private TierJobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int ordersEach = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String batchSize = args.length > 2 ? args[2] : "500";
        try (PostgresHost postgres = PostgresHost.start("--sm.membership.tiers.batch-size=" + batchSize)) {
            ConfigurableApplicationContext host = postgres.context();
            Map<String, Long> tierIds = ladder(host);
            long seeding = System.nanoTime();
            seed(postgres.database(), tierIds, customers, ordersEach);
            System.out.printf("seeded %,d customers and %,d orders in %.1f s%n", customers,
                    (long) customers * ordersEach, (System.nanoTime() - seeding) / 1e9);
            TierJob job = host.getBean(TierJob.class);
            timed("first run", job, host.getBean(TierJobRepository.class));
            timed("second run", job, host.getBean(TierJobRepository.class));
        }
    }

    /** BASE (default) → SILVER 1,000 → GOLD 2,500 → PLATINUM 5,000 (express 1,500), 365 days, 30 days' grace. */
    private static Map<String, Long> ladder(ConfigurableApplicationContext host) {
        GroupService groups = host.getBean(GroupService.class);
        for (int rank = 0; rank < TIERS.length; rank++) {
            GroupDraft draft = new GroupDraft();
            draft.setCode(TIERS[rank]);
            draft.setKind(GroupKind.TIER);
            draft.setRank(rank);
            draft.setNameEn(TIERS[rank]);
            draft.setDefaultTier(rank == 0);
            groups.create(STORE, draft);
        }
        TierSettingsDraft settings = new TierSettingsDraft();
        settings.setEnabled(true);
        settings.setWindowDays(365);
        settings.setGraceDays(30);
        host.getBean(TierService.class).save(STORE, settings, List.of(rule("BASE", "0", "0", null),
                rule("SILVER", "1000", "800", null), rule("GOLD", "2500", "2000", null),
                rule("PLATINUM", "5000", "4000", "1500")));
        return Map.of("SILVER", groups.getByCode(STORE, "SILVER").getId(), "GOLD",
                groups.getByCode(STORE, "GOLD").getId(), "PLATINUM", groups.getByCode(STORE, "PLATINUM").getId());
    }

    private static TierRuleDraft rule(String tier, String upgradeAt, String keepAt, String expressAt) {
        TierRuleDraft rule = new TierRuleDraft();
        rule.setTier(tier);
        rule.setUpgradeAt(new BigDecimal(upgradeAt));
        rule.setKeepAt(new BigDecimal(keepAt));
        rule.setExpressAt(expressAt == null ? null : new BigDecimal(expressAt));
        rule.setWindowKind(TierRule.WindowKind.STORE);
        return rule;
    }

    /**
     * Orders spread over two years (5 % canceled), so windows have slid; 60 % of customers already in a higher
     * tier, drawn at random, so the first run upgrades some and starts or ends grace periods for others; a
     * tenth of the tiered customers fell below 40 days ago, so their grace is over.
     */
    private static void seed(DataSource admin, Map<String, Long> tierIds, int customers, int ordersEach)
            throws SQLException, IOException {
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StringBuilder orders = new StringBuilder();
        StringBuilder memberships = new StringBuilder();
        StringBuilder standings = new StringBuilder();
        long orderId = 1;
        try (Connection connection = admin.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < customers; i++) {
                long customer = FIRST_CUSTOMER + i;
                for (int o = 0; o < ordersEach; o++) {
                    BigDecimal total = BigDecimal.valueOf(2_000 + random.nextInt(38_000), 2);
                    orders.append(STORE).append('\t').append(orderId++).append('\t').append(customer).append('\t')
                            .append(now.minusMinutes(random.nextInt(730 * 24 * 60))).append('\t')
                            .append(random.nextInt(20) == 0 ? "CANCELED" : "DELIVERED").append('\t').append(total)
                            .append("\t5.00\t").append(total.movePointLeft(1)).append("\tCAD\t").append(now)
                            .append('\n');
                }
                int draw = random.nextInt(10);
                if (draw >= 4) {
                    String tier = draw < 7 ? "SILVER" : draw < 9 ? "GOLD" : "PLATINUM";
                    memberships.append(STORE).append('\t').append(customer).append('\t').append(tierIds.get(tier))
                            .append("\t1\t").append(now.minusDays(400)).append('\n');
                    if (random.nextInt(10) == 0) {
                        standings.append(STORE).append('\t').append(customer).append('\t')
                                .append(now.minusDays(40)).append('\n');
                    }
                }
                if (orders.length() > 8_000_000) {
                    copy.copyIn(copyOrders(), new StringReader(orders.toString()));
                    orders.setLength(0);
                }
            }
            copy.copyIn(copyOrders(), new StringReader(orders.toString()));
            copy.copyIn("COPY SALESMANAGER.SMM_MEMBERSHIP (STORE_CODE, CUSTOMER_ID, GROUP_ID, TIER_SLOT, SINCE)"
                    + " FROM STDIN", new StringReader(memberships.toString()));
            copy.copyIn("COPY SALESMANAGER.SMM_TIER_STANDING (STORE_CODE, CUSTOMER_ID, FELL_BELOW_AT) FROM STDIN",
                    new StringReader(standings.toString()));
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
    }

    private static String copyOrders() {
        return "COPY SALESMANAGER.SMM_SPEND_ORDER (STORE_CODE, ORDER_ID, CUSTOMER_ID, PLACED_AT, STATUS, TOTAL,"
                + " SHIPPING, TAX, CURRENCY, UPDATED_AT) FROM STDIN";
    }

    private static void timed(String label, TierJob job, TierJobRepository jobs) throws InterruptedException {
        HeapAfterGc heap = new HeapAfterGc();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        sampler.scheduleAtFixedRate(() -> {
            TierJobState state = jobs.findById(STORE).orElse(null);
            System.out.printf("  %5.1f s  evaluated %,7d  heap after the last GC %6.1f MB (%d GCs so far)%n",
                    (System.nanoTime() - start) / 1e9, state == null ? 0 : state.getEvaluated(),
                    heap.last.get() / 1048576.0, heap.count.get());
        }, 10, 10, TimeUnit.SECONDS);
        boolean ran = job.run(STORE);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        heap.stop();
        TierJobState state = jobs.findById(STORE).orElseThrow();
        System.out.printf("%s: ran=%s in %.1f s; evaluated %,d, moved %,d; heap after GC: min %.1f MB, max %.1f MB"
                + " over %d GCs%n", label, ran, seconds, state.getEvaluated(), state.getMoved(),
                heap.min.get() / 1048576.0, heap.max.get() / 1048576.0, heap.count.get());
    }

    /** The heap in use right after each garbage collection: the live data, which must not grow with the run. */
    private static final class HeapAfterGc implements NotificationListener {

        final AtomicLong last = new AtomicLong();
        final AtomicLong min = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong max = new AtomicLong();
        final AtomicLong count = new AtomicLong();

        HeapAfterGc() {
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(this, null, null));
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed)
                    .sum();
            last.set(used);
            min.accumulateAndGet(used, Math::min);
            max.accumulateAndGet(used, Math::max);
            count.incrementAndGet();
        }

        void stop() {
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
