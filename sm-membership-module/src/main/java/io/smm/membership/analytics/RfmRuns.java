package io.smm.membership.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.jobs.JobLeaseTaker;

/**
 * RFM runs (docs/analytics-rfm.md): nightly for every store and on an owner's demand, one at a time over all nodes
 * under the {@code rfm-scoring} lease, written chunk by chunk.
 */
public class RfmRuns {

    static final String LEASE = "rfm-scoring";
    private static final Logger LOGGER = LoggerFactory.getLogger(RfmRuns.class);
    private static final Duration LEASE_TIME = Duration.ofMinutes(10);

    private final RfmSteps steps;
    private final AnalyticsSettingsService settings;
    private final RfmGridService grids;
    private final JobLeaseTaker leases;
    private final Executor executor;
    private final Clock clock;
    private final ZoneId zone;
    /** Whether this node runs now: the lease alone would let its own holder take it again. */
    private final AtomicBoolean running = new AtomicBoolean();

    RfmRuns(RfmSteps steps, AnalyticsSettingsService settings, RfmGridService grids, JobLeaseTaker leases,
            Executor executor, Clock clock, ZoneId zone) {
        this.steps = steps;
        this.settings = settings;
        this.grids = grids;
        this.leases = leases;
        this.executor = executor;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Starts a run of the store in the background: its id.
     *
     * @throws ConflictException while a run holds the lease
     */
    public long request(String storeCode, String triggeredBy) {
        if (!take()) {
            throw new ConflictException("membership.analytics.run.running");
        }
        try {
            abandonUnfinished();
            long runId = steps.start(storeCode, triggeredBy, clock.instant());
            executor.execute(() -> {
                try {
                    run(storeCode, runId);
                } finally {
                    release();
                }
            });
            return runId;
        } catch (RuntimeException refused) {
            release();
            throw refused;
        }
    }

    /** Scores every store, unless another node runs; for the nightly schedule. */
    public void runNightly() {
        if (!take()) {
            LOGGER.info("Another node scores RFM now; this node skips tonight's run");
            return;
        }
        try {
            abandonUnfinished();
            for (String store : steps.stores()) {
                run(store, steps.start(store, "nightly", clock.instant()));
            }
        } finally {
            release();
        }
    }

    private boolean take() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        if (leases.take(LEASE, LEASE_TIME)) {
            return true;
        }
        running.set(false);
        return false;
    }

    /** Under the lease no other node runs, so a run still marked running was left by a node that stopped. */
    private void abandonUnfinished() {
        int abandoned = steps.abandonUnfinished(clock.instant());
        if (abandoned > 0) {
            LOGGER.warn("{} RFM run(s) left running by a node that stopped are marked failed", abandoned);
        }
    }

    private void release() {
        leases.release(LEASE);
        running.set(false);
    }

    /** Runs run {@code runId} of the store to its end; a failure is recorded on the run and logged. */
    void run(String storeCode, long runId) {
        try {
            Instant now = clock.instant();
            AnalyticsTerms terms = settings.get(storeCode);
            Instant windowStart = LocalDate.ofInstant(now, zone).minusDays(terms.windowDays()).atStartOfDay(zone)
                    .toInstant();
            RfmFigures figures = steps.figures(storeCode, windowStart);
            int scored = figures.score(terms, grids.get(storeCode), now, zone);
            int moved = 0;
            for (int from = 0; from < figures.size(); from += RfmSteps.CHUNK) {
                moved += steps.write(storeCode, runId, figures, from, Math.min(figures.size(),
                        from + RfmSteps.CHUNK), now);
                if (!leases.take(LEASE, LEASE_TIME)) {
                    // another node took the lapsed lease and counts this run as abandoned: it rewrites every row
                    throw new IllegalStateException("the rfm-scoring lease lapsed and another node took it");
                }
            }
            steps.finish(storeCode, runId, figures.size(), scored, moved, clock.instant());
        } catch (RuntimeException failed) {
            LOGGER.error("RFM run {} of store {} failed", runId, storeCode, failed);
            steps.fail(runId, String.valueOf(failed.getMessage()), clock.instant());
        }
    }
}
