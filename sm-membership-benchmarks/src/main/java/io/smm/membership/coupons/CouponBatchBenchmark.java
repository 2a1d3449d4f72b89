package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.List;

import io.smm.membership.benchmarks.CharCount;
import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testhost.StandInHost;

/**
 * Bulk codes on each database: a batch of N codes generated from a template coupon in the stand-in host (until it
 * is done), then its CSV file written to nowhere. Prints both times and the file's size.
 *
 * <p>Arguments: codes (100,000), databases (h2,postgres,mariadb).
 */
public final class CouponBatchBenchmark {

    private static final String STORE = "DEFAULT";

    private CouponBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<String> databases = List.of((args.length > 1 ? args[1] : "h2,postgres,mariadb").split(","));
        for (String name : databases) {
            TestDatabases.HostDatabase database = "postgres".equals(name) ? TestDatabases.postgresForHost()
                    : "mariadb".equals(name) ? TestDatabases.mariaDbForHost() : TestDatabases.h2ForHost();
            try (StandInHost host = StandInHost.start(database, 10)) {
                measure(name, count, host.context().getBean(CouponService.class),
                        host.context().getBean(CouponBatchService.class));
            }
        }
        System.exit(0);
    }

    private static void measure(String database, int count, CouponService coupons, CouponBatchService batches)
            throws Exception {
        CouponDraft template = new CouponDraft();
        template.setCode("BENCH-TEMPLATE");
        template.setName("Single use");
        template.setKind(CouponTerms.Kind.AMOUNT);
        template.setValue(BigDecimal.TEN);
        template.setTotalLimit(1);
        CouponBatchDraft draft = new CouponBatchDraft();
        draft.setCount(count);
        draft.setPrefix("B");
        draft.setLength(8);

        long started = System.nanoTime();
        long batch = batches.start(STORE, coupons.create(STORE, template).getId(), draft).getId();
        CouponBatchView view = batches.get(STORE, batch);
        while (view.getStatus() == CouponBatchStatus.RUNNING) {
            Thread.sleep(100);
            view = batches.get(STORE, batch);
        }
        double generated = (System.nanoTime() - started) / 1e9;
        CharCount csv = new CharCount();
        started = System.nanoTime();
        batches.writeCodes(STORE, batch, csv);
        double written = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %,d codes %s in %.1f s (%,.0f a second); CSV of %,d characters written in %.1f s%n",
                database, view.getCreated(), view.getStatus(), generated, view.getCreated() / generated,
                csv.characters(), written);
    }
}
