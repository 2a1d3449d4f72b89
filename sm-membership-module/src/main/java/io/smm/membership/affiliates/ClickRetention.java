package io.smm.membership.affiliates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.jobs.JobLeaseTaker;

/**
 * Deletes the clicks and rejects older than each store's {@code clickRetentionDays}, daily on one node at a time
 * (the job's lease), in batches of their own short transactions. {@link AffiliateTrackingConfiguration} runs it with a
 * {@link io.smm.membership.jobs.DailySchedule}.
 */
public class ClickRetention {

    static final String JOB = "affiliate-click-retention";
    static final int BATCH = 1000;
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger LOGGER = LoggerFactory.getLogger(ClickRetention.class);

    private final ClickRepository clicks;
    private final RejectRepository rejects;
    private final AffiliateDirectory directory;
    private final JobLeaseTaker leases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ClickRetention(ClickRepository clicks, RejectRepository rejects, AffiliateDirectory directory,
            JobLeaseTaker leases, PlatformTransactionManager transactions, Clock clock) {
        this.clicks = clicks;
        this.rejects = rejects;
        this.directory = directory;
        this.leases = leases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Deletes what every store keeps no longer, as of now; how many rows, or -1 when another node is at it. */
    public long run() {
        return run(clock.instant());
    }

    /** {@link #run()} as if it were {@code now}. */
    long run(Instant now) {
        if (!leases.take(JOB, LEASE)) {
            return -1;
        }
        long deleted = 0;
        try {
            TreeSet<String> stores = new TreeSet<>(clicks.stores());
            stores.addAll(rejects.stores());
            for (String store : stores) {
                Instant before = now.minus(Duration.ofDays(directory.termsOf(store).clickRetentionDays()));
                deleted += inBatches(store, before, clicks::olderThan, clicks::deleteWithIds);
                deleted += inBatches(store, before, rejects::olderThan, rejects::deleteWithIds);
            }
        } finally {
            leases.release(JOB);
        }
        if (deleted > 0) {
            LOGGER.info("Deleted {} affiliate clicks and rejects past their retention", deleted);
        }
        return deleted;
    }

    private long inBatches(String store, Instant before, Finder older, Function<List<Long>, Integer> delete) {
        long deleted = 0;
        Pageable batch = PageRequest.of(0, BATCH);
        while (leases.take(JOB, LEASE)) {
            Integer rows = transaction.execute(status -> {
                List<Long> ids = older.find(store, before, batch);
                return ids.isEmpty() ? 0 : delete.apply(ids);
            });
            if (rows == null || rows == 0) {
                break;
            }
            deleted += rows;
        }
        return deleted;
    }

    /** The ids of a store's rows older than a time, one batch at a time. */
    private interface Finder {
        List<Long> find(String store, Instant before, Pageable batch);
    }
}
