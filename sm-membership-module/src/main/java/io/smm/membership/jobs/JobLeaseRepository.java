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
    @Query("update SmmJobLease l set l.owner = :owner, l.until = :until where l.job = :job"
            + " and (l.until is null or l.until < :now or l.owner = :owner)")
    int take(String job, String owner, Instant until, Instant now);

    @Modifying
    @Query("update SmmJobLease l set l.owner = null, l.until = null where l.job = :job and l.owner = :owner")
    int release(String job, String owner);
}
