package io.smm.membership.jobs;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** Which node runs a background job until when; one row per job, written by the schema. */
@Entity(name = "SmmJobLease")
@Table(name = "SMM_JOB_LEASE")
class JobLease {

    @Id
    @Column(name = "JOB")
    private String job;

    @Column(name = "LEASE_OWNER")
    private String owner;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "LEASE_UNTIL")
    private Instant until;

    protected JobLease() {
    }
}
