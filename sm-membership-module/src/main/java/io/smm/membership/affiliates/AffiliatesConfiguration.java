package io.smm.membership.affiliates;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Affiliates: repositories on the host's entity manager and the installation's affiliate properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AffiliateProperties.class)
@EnableJpaRepositories(basePackageClasses = AffiliatesConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class AffiliatesConfiguration {
}
