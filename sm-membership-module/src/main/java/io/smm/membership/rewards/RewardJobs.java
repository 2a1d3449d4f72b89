package io.smm.membership.rewards;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.IntSupplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.points.PointsSettingsService;

/**
 * What the daily rewards jobs share: the rewards' and the points' settings, the grants, short transactions, the
 * store's zone and a lease.
 */
final class RewardJobs {

    private static final Duration LEASE = Duration.ofMinutes(10);

    final RewardSettingsService settings;
    /** The points' settings: a referral waits for their return window. */
    final PointsSettingsService points;
    final RewardGrants grants;
    final TransactionTemplate transaction;
    final Clock clock;
    final ZoneId zone;
    final int batchSize;
    private final JobLeaseTaker leases;

    RewardJobs(RewardSettingsService settings, PointsSettingsService points, RewardGrants grants,
            JobLeaseTaker leases, PlatformTransactionManager transactions, Clock clock, ZoneId zone, int batchSize) {
        this.settings = settings;
        this.points = points;
        this.grants = grants;
        this.leases = leases;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone;
        this.batchSize = batchSize;
    }

    /** Runs the work on this node only while it holds the job's lease; -1 when another node holds it. */
    int underLease(String job, IntSupplier work) {
        if (!leases.take(job, LEASE)) {
            return -1;
        }
        try {
            return work.getAsInt();
        } finally {
            leases.release(job);
        }
    }

    /** Renews the lease between batches, so a long run keeps it. */
    void renew(String job) {
        leases.take(job, LEASE);
    }
}
