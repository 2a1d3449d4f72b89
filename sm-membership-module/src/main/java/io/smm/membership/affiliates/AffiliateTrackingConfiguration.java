package io.smm.membership.affiliates;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.jobs.DailySchedule;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.settings.MembershipProperties;

/**
 * Affiliate tracking: the shared secret, click logging and cart binding, the tracking cookie, the {@code ?aff=}
 * filter, the short link, the headless click API, the clicks a checkout is credited to, the daily retention and the
 * reports. Its repositories are enabled with the registry's, in {@link AffiliatesConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class AffiliateTrackingConfiguration {

    @Bean
    SecretStore membershipSecretStore(SecretRepository secrets,
            @Qualifier("transactionManager") PlatformTransactionManager transactions,
            @Qualifier("membershipClock") Clock clock) {
        return new SecretStore(secrets, transactions, clock);
    }

    @Bean
    TrackingKeys membershipTrackingKeys(AffiliateProperties properties, SecretStore secrets) {
        return new TrackingKeys(properties.getCookieSecret(), secrets);
    }

    @Bean
    TrackingService membershipTrackingService(AffiliateDirectory directory, ClickRepository clicks,
            RejectRepository rejects, ReferralRecordRepository records,
            @Qualifier("transactionManager") PlatformTransactionManager transactions, TrackingKeys keys,
            @Qualifier("membershipClock") Clock clock) {
        return new TrackingService(directory, clicks, rejects, new ReferralBinder(records, transactions), keys, clock);
    }

    @Bean
    TrackingCookies membershipTrackingCookies(AffiliateProperties properties, TrackingKeys keys,
            TrackingService tracking) {
        return new TrackingCookies(properties.getCookieName(), keys, tracking);
    }

    /** After the security chain (the shopper is known) and our parameter filter; every path, GET and HEAD only. */
    @Bean
    FilterRegistrationBean<TrackingFilter> membershipTrackingFilter(TrackingService tracking,
            TrackingCookies cookies, CurrentShopper shopper) {
        FilterRegistrationBean<TrackingFilter> registration = new FilterRegistrationBean<>(
                new TrackingFilter(tracking, cookies, shopper));
        registration.setOrder(2);
        return registration;
    }

    @Bean
    TrackingLinkController membershipTrackingLinkController(TrackingService tracking, TrackingCookies cookies,
            CurrentShopper shopper, AffiliateProperties properties) {
        return new TrackingLinkController(tracking, cookies, shopper, properties.getStorefrontUrl());
    }

    @Bean
    ClickApiController membershipClickApiController(TrackingService tracking, CurrentShopper shopper) {
        return new ClickApiController(tracking, shopper);
    }

    @Bean
    TrackingAttributionSource membershipAttributionSource(AffiliateDirectory directory, TrackingService tracking,
            TrackingCookies cookies) {
        return new TrackingAttributionSource(directory, tracking, cookies);
    }

    @Bean
    ClickRetention membershipClickRetention(ClickRepository clicks, RejectRepository rejects,
            AffiliateDirectory directory, JobLeaseTaker leases,
            @Qualifier("transactionManager") PlatformTransactionManager transactions,
            @Qualifier("membershipClock") Clock clock) {
        return new ClickRetention(clicks, rejects, directory, leases, transactions, clock);
    }

    /** The retention, daily at {@code sm.membership.affiliates.retention-time} of the store's zone. */
    @Bean
    DailySchedule membershipClickRetentionSchedule(ClickRetention retention, AffiliateProperties properties,
            MembershipProperties membership) {
        return new DailySchedule("click-retention", properties.getRetentionTime(), membership.storeTimeZone(),
                retention::run);
    }

    @Bean
    ClickReports membershipClickReports(ClickRepository clicks, RejectRepository rejects,
            AffiliateDirectory directory, @Qualifier("membershipClock") Clock clock, MembershipProperties membership) {
        return new ClickReports(clicks, rejects, directory, clock, membership.storeTimeZone());
    }

    @Bean
    ClickOwnerApiController membershipClickOwnerApiController(CurrentOwner owner, ClickReports reports) {
        return new ClickOwnerApiController(owner, reports);
    }

    @Bean
    ClickAffiliateApiController membershipClickAffiliateApiController(CurrentShopper shopper,
            AffiliateService affiliates, ClickReports reports) {
        return new ClickAffiliateApiController(shopper, affiliates, reports);
    }
}
