package io.smm.membership.access;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.catalog.CatalogNames;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.settings.MembershipProperties;

/** Category restriction: the rules, the cached views every host seam asks, the owner's and the shopper's JSON. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
@EnableJpaRepositories(basePackageClasses = AccessConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class AccessConfiguration {

    @Bean
    CategoryAccessService membershipCategoryAccessService(CategoryAccessRepository accesses,
            CategoryAccessRuleRepository rules, AccessSettingsRepository settings, CategoryTree tree,
            GroupService groups, MembershipService memberships,
            @Qualifier("transactionManager") PlatformTransactionManager transactionManager,
            @Qualifier("membershipClock") Clock clock, AccessProperties properties) {
        return new CategoryAccessService(accesses, rules, settings, tree, groups, memberships, transactionManager,
                clock, properties.getRefreshInterval());
    }

    @Bean
    CategoryAccessOwnerService membershipCategoryAccessOwnerService(CategoryAccessService views,
            CategoryAccessRepository accesses, CategoryAccessRuleRepository rules, AccessSettingsRepository settings,
            CategoryTree tree, @Qualifier(MembershipAutoConfiguration.MESSAGES_BEAN) MessageSource messages,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new CategoryAccessOwnerService(views, accesses, rules, settings, tree, messages, clock,
                properties.storeTimeZone());
    }

    @Bean
    AccessParticipant membershipAccessParticipant(AccessViews views, ProductCategoryLookup categories) {
        return new AccessParticipant(views, categories);
    }

    @Bean
    AccessTexts membershipAccessTexts(@Qualifier(MembershipAutoConfiguration.MESSAGES_BEAN) MessageSource messages,
            CategoryAccessService views, MembershipProperties properties) {
        return new AccessTexts(messages, views, properties.storeTimeZone());
    }

    @Bean
    ShopperAccessApiController membershipShopperAccessApiController(CurrentShopper shopper,
            CategoryAccessService views, CategoryTree tree, CatalogNames names, AccessTexts texts) {
        return new ShopperAccessApiController(shopper, views, tree, names, texts);
    }

    @Bean
    CategoryAccessOwnerApiController membershipCategoryAccessOwnerApiController(CurrentOwner owner,
            CategoryAccessOwnerService access) {
        return new CategoryAccessOwnerApiController(owner, access);
    }
}
