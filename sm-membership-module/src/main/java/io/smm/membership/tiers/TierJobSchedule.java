package io.smm.membership.tiers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the tier job of every store that has tiers switched on, daily at the configured time, on a thread of its
 * own. The scheduler is not a bean, so the host's own {@code @Scheduled} tasks never land on it. When another
 * instance holds a store's lease, this one looks again once a lease has passed, and resumes the run if it was cut
 * short (that instance died), so a run never waits for the next day.
 */
public class TierJobSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TierJobSchedule.class);

    private final TierJob job;
    private final SpendBackfill backfill;
    private final TierService tiers;
    private final CronTrigger daily;
    private final LocalTime at;
    private final ZoneId zone;
    private final Duration lease;
    private ThreadPoolTaskScheduler scheduler;

    TierJobSchedule(TierJob job, SpendBackfill backfill, TierService tiers, LocalTime at, ZoneId zone,
            Duration lease) {
        this.job = job;
        this.backfill = backfill;
        this.tiers = tiers;
        this.at = at;
        this.zone = zone;
        this.lease = lease;
        this.daily = new CronTrigger(String.format("0 %d %d * * *", at.getMinute(), at.getHour()),
                TimeZone.getTimeZone(zone));
    }

    /** The job's next daily run after {@code now}. */
    public Instant nextRunAfter(Instant now) {
        ZonedDateTime today = now.atZone(zone).with(at);
        return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    /** Runs one store's daily job now, in the background; it resumes a run cut short. */
    public void runJobNow(String storeCode) {
        inBackground(() -> runOrWatch(storeCode), storeCode);
    }

    /** Runs one store's backfill of older orders now, in the background, then its daily job. */
    public void runBackfillNow(String storeCode) {
        inBackground(() -> backfill.run(storeCode), storeCode);
    }

    private void inBackground(Runnable work, String storeCode) {
        scheduler.execute(() -> runSafely(work, storeCode));
    }

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("membership-tiers-");
        scheduler.initialize();
        scheduler.schedule(() -> tiers.storesWithTiersOn()
                .forEach(store -> runSafely(() -> runOrWatch(store), store)), daily);
    }

    private void runOrWatch(String storeCode) {
        if (!job.run(storeCode)) {
            scheduler.schedule(() -> runSafely(() -> resumeIfCutShort(storeCode), storeCode),
                    Instant.now().plus(lease));
        }
    }

    private void resumeIfCutShort(String storeCode) {
        if (job.state(storeCode).getStatus() == TierJobState.Status.RUNNING) {
            runOrWatch(storeCode);
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

    private static void runSafely(Runnable work, String storeCode) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            log.error("Tier work of store {} failed; the next run resumes where it stopped", storeCode, failed);
        }
    }
}
