package io.smm.membership.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Threads that repeat one piece of work for a while, and the latency of every time they did it. */
public final class ConcurrentRuns {

    private ConcurrentRuns() {
    }

    /**
     * Every thread does {@code work} (given the thread's number) over and over for {@code seconds}: the latencies of
     * every time, in nanoseconds, sorted.
     */
    public static long[] latencies(int threads, int seconds, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            int number = thread;
            results.add(pool.submit(() -> {
                LatencyLog log = new LatencyLog();
                while (System.nanoTime() < until) {
                    long start = System.nanoTime();
                    work.accept(number);
                    log.add(System.nanoTime() - start);
                }
                return log.toArray();
            }));
        }
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> result : results) {
            latencies.add(result.get());
        }
        pool.shutdown();
        return latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    /** Warms up for {@code warmUp} seconds, measures for {@code seconds}, and prints the throughput and latencies. */
    public static void measure(String label, String what, int threads, int warmUp, int seconds, IntConsumer work)
            throws Exception {
        latencies(threads, warmUp, work);
        long started = System.nanoTime();
        long[] all = latencies(threads, seconds, work);
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %,d %s by %d threads in %.1f s = %,.0f per second;"
                + " latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", label, all.length, what, threads, elapsed,
                all.length / elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                all[all.length - 1] / 1e6);
    }

    /** A growing array of nanosecond latencies, without boxing a million longs. */
    private static final class LatencyLog {

        private long[] values = new long[1 << 12];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
