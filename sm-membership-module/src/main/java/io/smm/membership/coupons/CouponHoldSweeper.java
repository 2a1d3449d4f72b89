package io.smm.membership.coupons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import io.smm.membership.jobs.JobLeaseTaker;

/**
 * Frees the coupon holds of checkouts that never finished, on one node at a time: a node that died between a hold
 * and its order leaves the hold behind, and its use comes back once the hold has expired. Runs on a scheduler of
 * its own, so the host's {@code @Scheduled} tasks never land on it.
 */
public class CouponHoldSweeper implements SmartLifecycle {

    static final String JOB = "coupon-hold-sweeper";
    private static final Logger LOGGER = LoggerFactory.getLogger(CouponHoldSweeper.class);

    private final CouponUseLedger redemptions;
    private final JobLeaseTaker leases;
    private final Clock clock;
    private final Duration interval;
    private ThreadPoolTaskScheduler scheduler;

    CouponHoldSweeper(CouponUseLedger redemptions, JobLeaseTaker leases, Clock clock, Duration interval) {
        this.redemptions = redemptions;
        this.leases = leases;
        this.clock = clock;
        this.interval = interval;
    }

    /** Frees every expired hold, batch by batch, if no other node is doing it; how many it freed, -1 if another was. */
    public int sweep() {
        return sweep(clock.instant());
    }

    /** {@link #sweep()} as if it were {@code now}. */
    int sweep(Instant now) {
        Duration lease = interval.plus(interval);
        if (!leases.take(JOB, lease)) {
            return -1;
        }
        int freed = 0;
        try {
            for (List<CouponHold> batch = redemptions.expiredHolds(now); !batch.isEmpty();
                    batch = redemptions.expiredHolds(now)) {
                for (CouponHold hold : batch) {
                    freed += redemptions.freeExpired(hold, now) ? 1 : 0;
                }
                if (!leases.take(JOB, lease)) {
                    break;
                }
            }
        } finally {
            leases.release(JOB);
        }
        if (freed > 0) {
            LOGGER.info("Freed {} coupon uses held by checkouts that never finished", freed);
        }
        return freed;
    }

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("membership-coupon-holds-");
        scheduler.initialize();
        // the scheduler keeps wall-clock time; the membership clock may be one an installer fixed
        scheduler.scheduleWithFixedDelay(this::sweepSafely, Instant.now().plus(interval), interval);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException failed) {
            LOGGER.warn("Could not free expired coupon holds; trying again in {}", interval, failed);
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
