package io.smm.membership.tiers;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

import io.smm.membership.errors.DomainException;
import io.smm.membership.jobs.Lease;

/**
 * The daily evaluation of a store's customers, for windows that slid and grace periods that ended. One instance
 * at a time holds the store's lease (a conditional update in the database); the run goes in batches of customers
 * in id order, each batch in one transaction, and remembers its place after each batch, so a run cut short
 * resumes there. Running it twice moves nobody twice: an evaluation only moves a customer whose tier is
 * not the one the rules give.
 */
public class TierJob {

    private static final Logger log = LoggerFactory.getLogger(TierJob.class);

    private final String instance = UUID.randomUUID().toString();
    private final TierJobSteps steps;
    private final TierService tiers;
    private final int batchSize;

    TierJob(TierJobSteps steps, TierService tiers, int batchSize) {
        this.steps = steps;
        this.tiers = tiers;
        this.batchSize = batchSize;
    }

    /** Runs, or resumes, the store's evaluation; false when another instance holds the lease. */
    public boolean run(String storeCode) {
        if (!Lease.takeOrCreate(() -> steps.takeLease(storeCode, instance), () -> steps.createJob(storeCode))) {
            log.info("Tier job of store {} is running elsewhere", storeCode);
            return false;
        }
        try {
            long cursor = steps.startOrResume(storeCode);
            for (List<Long> batch = steps.customersAfter(storeCode, cursor, batchSize); !batch.isEmpty();
                    batch = steps.customersAfter(storeCode, cursor, batchSize)) {
                int moved = evaluate(storeCode, batch);
                cursor = batch.get(batch.size() - 1);
                if (!steps.advance(storeCode, instance, cursor, batch.size(), moved)) {
                    log.warn("Tier job of store {} lost its lease after customer {}", storeCode, cursor);
                    return false;
                }
            }
            steps.finish(storeCode);
            return true;
        } finally {
            steps.releaseLease(storeCode, instance);
        }
    }

    /**
     * Evaluates a batch in one transaction; if it meets a concurrent change (a deadlock, a tier given by hand at
     * that moment), once more one customer a transaction, so one customer's conflict does not hold up the rest.
     */
    private int evaluate(String storeCode, List<Long> batch) {
        try {
            return tiers.reevaluate(storeCode, batch);
        } catch (ConcurrencyFailureException | DomainException conflict) {
            log.info("Tier job of store {} evaluates a batch one by one after: {}", storeCode, conflict.getMessage());
            return batch.stream().mapToInt(customerId -> tiers.reevaluate(storeCode, List.of(customerId))).sum();
        }
    }

    public TierJobState state(String storeCode) {
        return steps.state(storeCode);
    }
}
