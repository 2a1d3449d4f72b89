package io.smm.membership.admin.affiliates;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliateService;
import io.smm.membership.affiliates.AffiliateSettingsService;
import io.smm.membership.affiliates.ClickReports;
import io.smm.membership.commissions.PayoutService;
import io.smm.membership.commissions.ReportService;
import io.smm.membership.identity.CurrentOwner;

/** The owner's affiliate pages: affiliates and their reports, applications, payouts, flags and settings. */
@Configuration(proxyBeanMethods = false)
public class AffiliatesAdminConfiguration {

    /** Page texts come from the host's message source, which our admin bundles extend. */
    @Bean
    AffiliateAdminController membershipAffiliateAdminController(CurrentOwner owner, AffiliateService affiliates,
            AffiliateDirectory directory, ReportService reports, @Qualifier("messageSource") MessageSource messages,
            MembershipAdminProperties properties) {
        return new AffiliateAdminController(owner, affiliates, directory, new AffiliateReports(reports, messages),
                PageSize.of(properties));
    }

    @Bean
    ApplicationAdminController membershipAffiliateApplicationAdminController(CurrentOwner owner,
            AffiliateService affiliates, AffiliateDirectory directory, MembershipAdminProperties properties) {
        return new ApplicationAdminController(owner, affiliates, directory, PageSize.of(properties));
    }

    @Bean
    AffiliateSettingsAdminController membershipAffiliateSettingsAdminController(CurrentOwner owner,
            AffiliateSettingsService settings) {
        return new AffiliateSettingsAdminController(owner, settings);
    }

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
