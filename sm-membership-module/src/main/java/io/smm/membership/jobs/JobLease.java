package io.smm.membership.jobs;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Which node runs a background job until when; one row per job, written by the schema. */
@Entity(name = "SmmJobLease")
@Table(name = "SMM_JOB_LEASE")
class JobLease {

    @Id
    @Column(name = "JOB")
    private String job;

    @Embedded
    private Lease lease;

    protected JobLease() {
    }
}
