package io.smm.membership.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the leases that let one node at a time run a background job, when several nodes share one database: a lease
 * is taken with a conditional update of the job's row and lasts a while, so a node that died mid-run is taken over
 * once its lease has run out.
 */
public class JobLeaseTaker {

    private final JobLeaseRepository leases;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    JobLeaseTaker(JobLeaseRepository leases, Clock clock) {
        this.leases = leases;
        this.clock = clock;
    }

    /** Takes or renews the job's lease for this node; false while another node holds it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean take(String job, Duration lasting) {
        return leases.take(job, node, clock.instant().plus(lasting), clock.instant()) == 1;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String job) {
        leases.release(job, node);
    }
}
