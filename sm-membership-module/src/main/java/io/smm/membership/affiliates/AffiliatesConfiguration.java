package io.smm.membership.affiliates;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.coupons.CouponService;

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
}
