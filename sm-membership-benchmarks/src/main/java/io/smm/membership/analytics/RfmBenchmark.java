package io.smm.membership.analytics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.smm.membership.benchmarks.PostgresHost;

/**
 * The RFM run on embedded PostgreSQL inside the stand-in host, over {@link AnalyticsShop}: the nightly run of
 * {@link RfmRuns} twice (the first writes every score row, the second updates them), each timed, with the heap in use
 * read after a GC before, every 50 ms during (the peak) and after a GC.
 *
 * <p>Arguments: customers (100000), orders (1000000).
 */
public final class RfmBenchmark {

    private RfmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (PostgresHost postgres = PostgresHost.start()) {
            AnalyticsShop.seed(postgres, customers, orders);
            RfmRuns runs = postgres.context().getBean(RfmRuns.class);
            RfmReport report = postgres.context().getBean(RfmReport.class);
            for (String pass : new String[] { "first run (inserts)", "second run (updates)" }) {
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                memory.gc();
                long before = memory.getHeapMemoryUsage().getUsed();
                AtomicLong peak = new AtomicLong(before);
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
                sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(),
                        Math::max), 0, 50, TimeUnit.MILLISECONDS);
                long started = System.nanoTime();
                runs.runNightly();
                double seconds = (System.nanoTime() - started) / 1e9;
                sampler.shutdown();
                memory.gc();
                long after = memory.getHeapMemoryUsage().getUsed();
                System.out.printf("%s: %.1f s, %s%n", pass, seconds, report.latest(AnalyticsShop.STORE)
                        .orElseThrow());
                System.out.printf("heap in use: before %.1f MB (after a GC), peak %.1f MB (sampled every 50 ms),"
                        + " after %.1f MB (after a GC)%n", before / 1e6, peak.get() / 1e6, after / 1e6);
            }
            System.out.println("segment sizes: " + report.sizes(AnalyticsShop.STORE));
        }
    }
}
