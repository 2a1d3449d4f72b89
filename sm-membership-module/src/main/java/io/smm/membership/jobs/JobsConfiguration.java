package io.smm.membership.jobs;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Job leases, on the host's entity manager. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = JobsConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class JobsConfiguration {

    @Bean
    JobLeaseTaker membershipJobLeaseTaker(JobLeaseRepository leases, @Qualifier("membershipClock") Clock clock) {
        return new JobLeaseTaker(leases, clock);
    }
}
