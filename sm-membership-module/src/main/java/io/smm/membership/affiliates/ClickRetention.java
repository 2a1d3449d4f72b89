package io.smm.membership.affiliates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.jobs.JobLeaseTaker;

/**
 * Deletes the clicks and rejects older than each store's {@code clickRetentionDays}, daily on one node at a time
 * (the job's lease), in batches of their own short transactions. Runs on a scheduler of its own, not a bean, so the
 * host's {@code @Scheduled} tasks never land on it.
 */
public class ClickRetention implements SmartLifecycle {

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
    private final CronTrigger daily;
    private ThreadPoolTaskScheduler scheduler;

    ClickRetention(ClickRepository clicks, RejectRepository rejects, AffiliateDirectory directory,
            JobLeaseTaker leases, PlatformTransactionManager transactions, Clock clock, LocalTime at, ZoneId zone) {
        this.clicks = clicks;
        this.rejects = rejects;
        this.directory = directory;
        this.leases = leases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.daily = new CronTrigger(String.format("0 %d %d * * *", at.getMinute(), at.getHour()),
                TimeZone.getTimeZone(zone));
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

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("membership-click-retention-");
        scheduler.initialize();
        scheduler.schedule(this::runSafely, daily);
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException failed) {
            LOGGER.warn("Could not delete old affiliate clicks; the next daily run tries again", failed);
        }
    }

    @Override
    public void stop() {
        scheduler.shutdown();
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
