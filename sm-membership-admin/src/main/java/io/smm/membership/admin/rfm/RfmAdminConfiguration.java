package io.smm.membership.admin.rfm;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.analytics.AnalyticsSettingsService;
import io.smm.membership.analytics.RfmGridService;
import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmRuns;
import io.smm.membership.identity.CurrentOwner;

/** The owner's RFM page: runs, segment sizes and moves, analytics settings and the segment grid. */
@Configuration(proxyBeanMethods = false)
public class RfmAdminConfiguration {

    /** Segment names come from the host's message source, which our bundles extend. */
    @Bean
    RfmAdminController membershipRfmAdminController(CurrentOwner owner, AnalyticsSettingsService settings,
            RfmGridService grids, RfmRuns runs, RfmReport report, @Qualifier("messageSource") MessageSource messages) {
        return new RfmAdminController(owner, settings, grids, runs, report, messages);
    }
}
