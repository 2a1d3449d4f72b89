package io.smm.membership.admin.points;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.points.PointsReports;

/** The owner's points reports pages: the liability and the expiring list. */
@Configuration(proxyBeanMethods = false)
public class PointsReportsAdminConfiguration {

    /** Page texts come from the host's message source, which our admin bundles extend. */
    @Bean
    PointsReportsAdminController membershipPointsReportsAdminController(CurrentOwner owner, PointsReports reports,
            @Qualifier("messageSource") MessageSource messages) {
        return new PointsReportsAdminController(owner, reports, messages);
    }
}
