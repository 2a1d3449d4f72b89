package io.smm.membership.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Releases the holds of checkouts that never finished, of every feature that holds something at the till (coupons'
 * uses, points), once expired: each feature's holds batch by batch under the feature's lease, so one node at a time
 * sweeps them. Runs on a scheduler of its own ({@link OwnScheduler}).
 */
public class HoldSweeper extends OwnScheduler {

    private static final Logger LOGGER = LoggerFactory.getLogger(HoldSweeper.class);

    private final List<ExpiredHolds> features;
    private final JobLeaseTaker leases;
    private final Clock clock;
    private final Duration interval;

    public HoldSweeper(List<ExpiredHolds> features, JobLeaseTaker leases, Clock clock, Duration interval) {
        super("membership-holds-");
        this.features = List.copyOf(features);
        this.leases = leases;
        this.clock = clock;
        this.interval = interval;
    }

    /**
     * Releases every expired hold of the features whose lease no other node holds: how many it released, -1 when other
     * nodes held every lease.
     */
    public int sweep() {
        return sweep(clock.instant());
    }

    /** {@link #sweep()} as if it were {@code now}. */
    public int sweep(Instant now) {
        Duration lease = interval.plus(interval);
        int released = 0;
        boolean swept = false;
        for (ExpiredHolds holds : features) {
            if (leases.take(holds.lease(), lease)) {
                swept = true;
                released += sweep(holds, now, lease);
            }
        }
        return swept ? released : -1;
    }

    private int sweep(ExpiredHolds holds, Instant now, Duration lease) {
        int released = 0;
        try {
            for (int batch = holds.releaseBatch(now); batch > 0; batch = holds.releaseBatch(now)) {
                released += batch;
                if (!leases.take(holds.lease(), lease)) {
                    break;
                }
            }
        } finally {
            leases.release(holds.lease());
        }
        if (released > 0) {
            LOGGER.info("Released {} holds of checkouts that never finished ({})", released, holds.lease());
        }
        return released;
    }

    @Override
    void schedule(ThreadPoolTaskScheduler scheduler) {
        // the scheduler keeps wall-clock time; the membership clock may be one an installer fixed
        scheduler.scheduleWithFixedDelay(this::sweepSafely, Instant.now().plus(interval), interval);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException failed) {
            LOGGER.warn("Could not release expired holds; trying again in {}", interval, failed);
        }
    }
}
