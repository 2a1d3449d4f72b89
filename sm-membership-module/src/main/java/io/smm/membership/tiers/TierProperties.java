package io.smm.membership.tiers;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of tiers that move by spend, for the installation, equal on every node. */
@ConfigurationProperties(prefix = "sm.membership.tiers")
public class TierProperties {

    static final int MAX_BATCH_SIZE = 5_000;

    /** When the daily tier job runs, in the stores' time zone. */
    private LocalTime jobTime = LocalTime.of(3, 0);

    /**
     * Customers the daily job evaluates in one transaction, between two saves of its place: 1 to 5,000 (a
     * batch's customers go to the database as one list of ids, and PostgreSQL takes at most 32,767).
     */
    private int batchSize = 500;

    /**
     * How long the daily job's lease, and the backfill's, lasts without renewal: after a crash, another instance
     * takes the job over then, and the backfill shows as failed.
     */
    private Duration lease = Duration.ofMinutes(10);

    public LocalTime getJobTime() {
        return jobTime;
    }

    public void setJobTime(LocalTime jobTime) {
        this.jobTime = jobTime;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("must be from 1 to " + MAX_BATCH_SIZE + ", not " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }
}
