package io.smm.membership.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.time.Instants;

/**
 * Counts the orders a store took before the module was installed: every host order is recorded as the ledger
 * records a new one (an order already there only takes its current status and amounts, so running it again
 * changes nothing), then the tier job re-evaluates everyone. Its progress is kept by the instance running it.
 */
public class SpendBackfill {

    private final OrderHistory history;
    private final TierService tiers;
    private final TierJob job;
    private final Clock clock;
    private final int batchSize;
    private final Map<String, BackfillProgress> progress = new ConcurrentHashMap<>();

    SpendBackfill(OrderHistory history, TierService tiers, TierJob job, Clock clock, int batchSize) {
        this.history = history;
        this.tiers = tiers;
        this.job = job;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Records every order of the store, then re-evaluates its customers; false when one is under way already. */
    public boolean run(String storeCode) {
        BackfillProgress started = BackfillProgress.startedAt(clock.instant());
        if (progress.merge(storeCode, started, (known, fresh) -> known.isRunning() ? known : fresh) != started) {
            return false;
        }
        long cursor = 0;
        int read = 0;
        try {
            for (List<OrderFacts> batch = history.after(storeCode, cursor, batchSize); !batch.isEmpty();
                    batch = history.after(storeCode, cursor, batchSize)) {
                tiers.recordPage(storeCode, batch);
                cursor = batch.get(batch.size() - 1).orderId();
                read += batch.size();
                progress.put(storeCode, started.reading(read));
            }
            job.run(storeCode);
            progress.put(storeCode, started.finished(read, clock.instant()));
            return true;
        } catch (RuntimeException failed) {
            progress.put(storeCode, started.failed(read, clock.instant()));
            throw failed;
        }
    }

    public BackfillProgress progress(String storeCode) {
        return progress.getOrDefault(storeCode, BackfillProgress.IDLE);
    }

    /** How far a store's backfill went on this instance. */
    public static final class BackfillProgress {

        /** Where a backfill stands. */
        public enum Status { IDLE, RUNNING, FINISHED, FAILED }

        static final BackfillProgress IDLE = new BackfillProgress(Status.IDLE, 0, null, null);

        private final Status status;
        private final int ordersRead;
        private final Instant startedAt;
        private final Instant finishedAt;

        private BackfillProgress(Status status, int ordersRead, Instant startedAt, Instant finishedAt) {
            this.status = status;
            this.ordersRead = ordersRead;
            this.startedAt = startedAt;
            this.finishedAt = finishedAt;
        }

        static BackfillProgress startedAt(Instant now) {
            return new BackfillProgress(Status.RUNNING, 0, now, null);
        }

        BackfillProgress reading(int read) {
            return new BackfillProgress(Status.RUNNING, read, startedAt, null);
        }

        BackfillProgress finished(int read, Instant now) {
            return new BackfillProgress(Status.FINISHED, read, startedAt, now);
        }

        BackfillProgress failed(int read, Instant now) {
            return new BackfillProgress(Status.FAILED, read, startedAt, now);
        }

        boolean isRunning() {
            return status == Status.RUNNING;
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
