package io.smm.membership.affiliates;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.coupons.CouponService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;

/**
 * Affiliates: the registry other features find affiliates in, the owner's and the affiliate's JSON, repositories on
 * the host's entity manager, and the installation's affiliate properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AffiliateProperties.class)
@EnableJpaRepositories(basePackageClasses = AffiliatesConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class AffiliatesConfiguration {

    @Bean
    AffiliateRegistry membershipAffiliateDirectory(AffiliateRepository affiliates,
            AffiliateTrackingIdRepository trackingIds, CouponBindingRepository bindings,
            AffiliateSettingsRepository settings, CouponService coupons) {
        return new AffiliateRegistry(affiliates, trackingIds, bindings, settings, coupons);
    }

    @Bean
    AffiliateService membershipAffiliateService(AffiliateRepository affiliates,
            AffiliateTrackingIdRepository trackingIds, CouponBindingRepository bindings, AffiliateDirectory directory,
            CouponService coupons, MemberDirectory customers,
            @Qualifier("transactionManager") PlatformTransactionManager transactionManager,
            @Qualifier("membershipClock") Clock clock) {
        return new AffiliateService(affiliates, trackingIds, bindings, directory, coupons, customers,
                transactionManager, clock);
    }

    @Bean
    AffiliateSettingsService membershipAffiliateSettingsService(AffiliateSettingsRepository settings,
            @Qualifier("membershipClock") Clock clock) {
        return new AffiliateSettingsService(settings, clock);
    }

    @Bean
    AffiliateOwnerApiController membershipAffiliateOwnerApiController(CurrentOwner owner, AffiliateService affiliates,
            AffiliateSettingsService settings) {
        return new AffiliateOwnerApiController(owner, affiliates, settings);
    }

    @Bean
    AffiliateAccountApiController membershipAffiliateAccountApiController(CurrentShopper shopper,
            AffiliateService affiliates) {
        return new AffiliateAccountApiController(shopper, affiliates);
    }
}
