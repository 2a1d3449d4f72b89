package io.smm.membership.analytics;

import java.time.Clock;
import java.time.LocalTime;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.access.ProductCategoryLookup;
import io.smm.membership.dashboard.MemberRoll;
import io.smm.membership.dashboard.SleepDays;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.jobs.DailySchedule;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.settings.MembershipProperties;

/** Analytics settings and RFM segments (docs/analytics-rfm.md), on the host's entity manager. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = AnalyticsConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class AnalyticsConfiguration {

    /** When the nightly RFM run starts, in the store's zone. */
    static final LocalTime NIGHTLY_AT = LocalTime.of(3, 30);

    @Bean
    AnalyticsSettingsService membershipAnalyticsSettingsService(AnalyticsSettingsRepository settings,
            @Qualifier("membershipClock") Clock clock) {
        return new AnalyticsSettingsService(settings, clock);
    }

    @Bean
    SleepDays membershipSleepDays(AnalyticsSettingsService settings) {
        return store -> settings.get(store).sleepDays();
    }

    @Bean
    RfmGridService membershipRfmGridService() {
        return new RfmGridService();
    }

    @Bean
    RfmSteps membershipRfmSteps(MemberRoll roll, ProductCategoryLookup categories) {
        return new RfmSteps(roll, categories);
    }

    @Bean
    RfmRuns membershipRfmRuns(RfmSteps steps, AnalyticsSettingsService settings, RfmGridService grids,
            JobLeaseTaker leases, @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        Executor background = work -> {
            Thread thread = new Thread(work, "membership-rfm-run");
            thread.setDaemon(true);
            thread.start();
        };
        return new RfmRuns(steps, settings, grids, leases, background, clock, properties.storeTimeZone());
    }

    @Bean
    RfmReport membershipRfmReport() {
        return new RfmReport();
    }

    /** Every store's RFM scores, nightly at {@link #NIGHTLY_AT} of the store's zone, one node at a time. */
    @Bean
    DailySchedule membershipRfmSchedule(RfmRuns runs, MembershipProperties properties) {
        return new DailySchedule("rfm-scoring", NIGHTLY_AT, properties.storeTimeZone(), runs::runNightly);
    }

    @Bean
    AnalyticsApiController membershipAnalyticsApiController(CurrentOwner owner, AnalyticsSettingsService settings,
            RfmGridService grids, RfmRuns runs, RfmReport report) {
        return new AnalyticsApiController(owner, settings, grids, runs, report);
    }
}
