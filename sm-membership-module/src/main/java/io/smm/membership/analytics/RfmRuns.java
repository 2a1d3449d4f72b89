package io.smm.membership.analytics;

import static io.smm.membership.sql.NativeRows.rows;
import static io.smm.membership.sql.NativeRows.whole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.time.Instants;

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

    @PersistenceContext
    private EntityManager entityManager;

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
        if (!leases.take(LEASE, LEASE_TIME)) {
            throw new ConflictException("membership.analytics.run.running");
        }
        try {
            long runId = steps.start(storeCode, triggeredBy, clock.instant());
            executor.execute(() -> {
                try {
                    run(storeCode, runId);
                } finally {
                    leases.release(LEASE);
                }
            });
            return runId;
        } catch (RuntimeException refused) {
            leases.release(LEASE);
            throw refused;
        }
    }

    /** Scores every store, unless another node runs; for the nightly schedule. */
    public void runNightly() {
        if (!leases.take(LEASE, LEASE_TIME)) {
            LOGGER.info("Another node scores RFM now; this node skips tonight's run");
            return;
        }
        try {
            for (String store : steps.stores()) {
                run(store, steps.start(store, "nightly", clock.instant()));
            }
        } finally {
            leases.release(LEASE);
        }
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
                leases.take(LEASE, LEASE_TIME);
            }
            steps.finish(storeCode, runId, figures.size(), scored, moved, clock.instant());
        } catch (RuntimeException failed) {
            LOGGER.error("RFM run {} of store {} failed", runId, storeCode, failed);
            steps.fail(runId, String.valueOf(failed.getMessage()), clock.instant());
        }
    }

    /** The store's latest run as JSON, if any. */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> latest(String storeCode) {
        return rows(entityManager.createNativeQuery("select ID, TRIGGERED_BY, STATUS, STARTED_AT, FINISHED_AT,"
                + " MEMBERS, SCORED, MOVED from {h-schema}SMM_RFM_RUN where STORE_CODE = :store order by ID desc")
                .setParameter("store", storeCode).setMaxResults(1)).stream().findFirst().map(RfmRuns::view);
    }

    private static Map<String, Object> view(Object[] row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", whole(row[0]));
        view.put("triggeredBy", row[1]);
        view.put("status", row[2]);
        view.put("startedAt", Instants.iso(RfmReport.instantOrNull(row[3])));
        view.put("finishedAt", Instants.iso(RfmReport.instantOrNull(row[4])));
        view.put("members", whole(row[5]));
        view.put("scored", whole(row[6]));
        view.put("moved", whole(row[7]));
        return view;
    }
}
