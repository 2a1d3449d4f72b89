package io.smm.membership.coupons;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one background thread that makes batches, one after another, so two batches never draw against each other.
 * Not a Spring {@code TaskExecutor}: a bean of that type would make Boot leave out the host's own. Closing it with
 * the context (before the entity manager closes) stops the running and the waiting batches at their next chunk, as
 * failed, and waits for them; it interrupts them only if that takes too long.
 */
class CouponBatchWorker implements AutoCloseable {

    private static final long STOP_SECONDS = 30;

    private final AtomicBoolean stopping = new AtomicBoolean();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "membership-coupon-batches");
        thread.setDaemon(true);
        return thread;
    });

    void submit(Runnable task) {
        executor.execute(task);
    }

    /** Whether batches should stop at their next chunk. */
    boolean isStopping() {
        return stopping.get();
    }

    @Override
    public void close() {
        stopping.set(true);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
