package io.smm.membership.admin.affiliates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.ClickReports;
import io.smm.membership.commissions.PayoutService;
import io.smm.membership.commissions.ReportService;
import io.smm.membership.identity.CurrentOwner;

/** The owner's affiliate pages: affiliates and their reports, applications, payouts, flags and settings. */
@Configuration(proxyBeanMethods = false)
public class AffiliatesAdminConfiguration {

    @Bean
    PayoutAdminController membershipPayoutAdminController(CurrentOwner owner, PayoutService payouts,
            ReportService reports, AffiliateDirectory affiliates, MembershipAdminProperties properties) {
        return new PayoutAdminController(owner, payouts, reports, affiliates, PageSize.of(properties));
    }

    @Bean
    FlagsAdminController membershipAffiliateFlagsAdminController(CurrentOwner owner, ReportService reports,
            ClickReports clicks, AffiliateDirectory affiliates, MembershipAdminProperties properties) {
        return new FlagsAdminController(owner, reports, clicks, affiliates, PageSize.of(properties));
    }
}
