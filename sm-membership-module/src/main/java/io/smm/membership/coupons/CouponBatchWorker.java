package io.smm.membership.coupons;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one background thread that makes batches, one after another, so two batches never draw against each other.
 * Not a Spring {@code TaskExecutor}: a bean of that type would make Boot leave out the host's own. Closing it with
 * the context interrupts a running batch, which then stops between chunks as failed.
 */
class CouponBatchWorker implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "membership-coupon-batches");
        thread.setDaemon(true);
        return thread;
    });

    void submit(Runnable task) {
        executor.execute(task);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
