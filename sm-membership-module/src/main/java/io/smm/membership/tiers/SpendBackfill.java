package io.smm.membership.tiers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.smm.membership.jobs.Lease;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.time.Instants;

/**
 * Counts the orders a store took before the module was installed: every host order is recorded as the ledger
 * records a new one (an order already there only takes its current status and amounts, so running it again
 * changes nothing), then the tier job re-evaluates everyone. One instance at a time holds the store's lease (a
 * conditional update in the database) and saves its progress there after each page, so every instance shows it.
 */
public class SpendBackfill {

    private final String instance = UUID.randomUUID().toString();
    private final OrderHistory history;
    private final TierService tiers;
    private final TierJob job;
    private final SpendBackfillSteps steps;
    private final int batchSize;

    SpendBackfill(OrderHistory history, TierService tiers, TierJob job, SpendBackfillSteps steps, int batchSize) {
        this.history = history;
        this.tiers = tiers;
        this.job = job;
        this.steps = steps;
        this.batchSize = batchSize;
    }

    /** Records every order of the store, then re-evaluates its customers; false when one is under way already. */
    public boolean run(String storeCode) {
        if (!Lease.takeOrCreate(() -> steps.start(storeCode, instance), () -> steps.create(storeCode))) {
            return false;
        }
        BackfillProgress.Status outcome = BackfillProgress.Status.FAILED;
        try {
            long cursor = 0;
            int read = 0;
            for (List<OrderFacts> batch = history.after(storeCode, cursor, batchSize); !batch.isEmpty();
                    batch = history.after(storeCode, cursor, batchSize)) {
                tiers.recordPage(storeCode, batch);
                cursor = batch.get(batch.size() - 1).orderId();
                read += batch.size();
                if (!steps.read(storeCode, instance, read)) {
                    return false;
                }
            }
            job.run(storeCode);
            outcome = BackfillProgress.Status.FINISHED;
            return true;
        } finally {
            steps.end(storeCode, instance, outcome);
        }
    }

    public BackfillProgress progress(String storeCode) {
        return steps.progress(storeCode);
    }

    /** How far a store's backfill went, on whichever instance ran it. */
    public static final class BackfillProgress {

        /** Where a backfill stands. */
        public enum Status { IDLE, RUNNING, FINISHED, FAILED }

        static final BackfillProgress IDLE = new BackfillProgress(Status.IDLE, 0, null, null);

        private final Status status;
        private final int ordersRead;
        private final Instant startedAt;
        private final Instant finishedAt;

        BackfillProgress(Status status, int ordersRead, Instant startedAt, Instant finishedAt) {
            this.status = status;
            this.ordersRead = ordersRead;
            this.startedAt = startedAt;
            this.finishedAt = finishedAt;
        }

        public Status getStatus() {
            return status;
        }

        public int getOrdersRead() {
            return ordersRead;
        }

        public String getStartedAt() {
            return Instants.iso(startedAt);
        }

        public String getFinishedAt() {
            return Instants.iso(finishedAt);
        }
    }
}
