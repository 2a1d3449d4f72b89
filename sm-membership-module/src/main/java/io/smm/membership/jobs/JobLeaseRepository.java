package io.smm.membership.jobs;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipJobLeaseRepository")
interface JobLeaseRepository extends JpaRepository<JobLease, String> {

    /** Takes or renews the job's lease when it is free, expired or already this owner's: one conditional update. */
    @Modifying
    @Query("update SmmJobLease l set l.lease.owner = :owner, l.lease.until = :until where l.job = :job"
            + " and (l.lease.until is null or l.lease.until < :now or l.lease.owner = :owner)")
    int take(String job, String owner, Instant until, Instant now);

    @Modifying
    @Query("update SmmJobLease l set l.lease.owner = null, l.lease.until = null"
            + " where l.job = :job and l.lease.owner = :owner")
    int release(String job, String owner);
}
