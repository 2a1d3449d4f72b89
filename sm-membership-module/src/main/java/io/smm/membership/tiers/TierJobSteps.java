package io.smm.membership.tiers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.groups.TierPlacement;

/** The daily tier job's bookkeeping, each step its own short transaction. */
class TierJobSteps {

    private final TierJobRepository jobs;
    private final SpendOrderRepository orders;
    private final TierPlacement placement;
    private final Clock clock;
    private final Duration lease;

    TierJobSteps(TierJobRepository jobs, SpendOrderRepository orders, TierPlacement placement, Clock clock,
            Duration lease) {
        this.jobs = jobs;
        this.orders = orders;
        this.placement = placement;
        this.clock = clock;
        this.lease = lease;
    }

    /** Takes the store's lease for {@code owner} when nobody else holds it; renews it when owner holds it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean takeLease(String storeCode, String owner) {
        Instant now = clock.instant();
        return jobs.takeLease(storeCode, owner, now.plus(lease), now) == 1;
    }

    /** @throws DataIntegrityViolationException when another instance created it at the same time */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void createJob(String storeCode) {
        if (jobs.findById(storeCode).isEmpty()) {
            jobs.saveAndFlush(new TierJobState(storeCode));
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long startOrResume(String storeCode) {
        TierJobState job = jobs.findById(storeCode).orElseThrow();
        job.startOrResume(clock.instant());
        return job.getCursorCustomerId();
    }

    /** The next customers who could move: with orders, or placed in a tier by a row; in customer id order. */
    @Transactional(readOnly = true)
    public List<Long> customersAfter(String storeCode, long cursor, int batchSize) {
        TreeSet<Long> next = new TreeSet<>(orders.customersAfter(storeCode, cursor, PageRequest.of(0, batchSize)));
        next.addAll(placement.tieredCustomersAfter(storeCode, cursor, batchSize));
        return List.copyOf(next).subList(0, Math.min(batchSize, next.size()));
    }

    /** Records a batch and renews the lease; false when the lease went to another instance meanwhile. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean advance(String storeCode, String owner, long lastCustomerId, int evaluated, int moved) {
        Instant now = clock.instant();
        if (jobs.takeLease(storeCode, owner, now.plus(lease), now) != 1) {
            return false;
        }
        jobs.findById(storeCode).orElseThrow().advance(lastCustomerId, evaluated, moved);
        return true;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(String storeCode) {
        jobs.findById(storeCode).orElseThrow().finish(clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void releaseLease(String storeCode, String owner) {
        jobs.releaseLease(storeCode, owner);
    }

    @Transactional(readOnly = true)
    public TierJobState state(String storeCode) {
        return jobs.findById(storeCode).orElseGet(() -> new TierJobState(storeCode));
    }
}
