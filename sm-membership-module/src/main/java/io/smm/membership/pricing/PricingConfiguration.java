package io.smm.membership.pricing;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.access.AccessViews;
import io.smm.membership.access.ProductCategoryLookup;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;

/** Member prices: rules, their in-memory index, resolution, and the owner's JSON. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PricingProperties.class)
@EnableJpaRepositories(basePackageClasses = PricingConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class PricingConfiguration {

    @Bean
    PriceRuleIndex membershipPriceRuleIndex(PriceRuleRepository rules,
            @Qualifier("transactionManager") PlatformTransactionManager transactionManager,
            @Qualifier("membershipClock") Clock clock, PricingProperties properties) {
        return new PriceRuleIndex(rules, transactionManager, clock, properties.getRefreshInterval());
    }

    @Bean
    PriceRuleService membershipPriceRuleService(PriceRuleRepository rules, GroupService groups,
            CatalogDirectory catalog, PriceRuleIndex index, @Qualifier("membershipClock") Clock clock) {
        return new PriceRuleService(rules, groups, catalog, index, clock);
    }

    @Bean
    GroupPricingService membershipGroupPricingService(PriceRuleIndex index, MembershipService memberships,
            @Qualifier("membershipClock") Clock clock, PricingProperties properties, MoneyRule money) {
        PriceResolver resolver = new PriceResolver(money, properties.getSpecialPrice());
        return new GroupPricingService(index, resolver, memberships, clock);
    }

    @Bean
    OrderLinePriceService membershipOrderLinePriceService(OrderLinePriceRepository lines, GroupService groups,
            @Qualifier("membershipClock") Clock clock) {
        return new OrderLinePriceService(lines, groups, clock);
    }

    @Bean
    MemberPriceParticipant membershipMemberPriceParticipant(OrderLinePriceService lines) {
        return new MemberPriceParticipant(lines);
    }

    @Bean
    OrderPriceOwnerApiController membershipOrderPriceOwnerApiController(CurrentOwner owner,
            OrderLinePriceService lines, StoreCurrencies currencies) {
        return new OrderPriceOwnerApiController(owner, lines, currencies);
    }

    @Bean
    ShopperPriceApiController membershipShopperPriceApiController(CurrentShopper shopper,
            GroupPricingService pricing, CatalogDirectory catalog, AccessViews accessViews,
            ProductCategoryLookup productCategories) {
        return new ShopperPriceApiController(shopper, pricing, catalog, accessViews, productCategories);
    }

    @Bean
    PriceSimulator membershipPriceSimulator(GroupPricingService pricing, PriceRuleService rules, GroupService groups,
            CatalogDirectory catalog, @Qualifier("membershipClock") Clock clock) {
        return new PriceSimulator(pricing, rules, groups, catalog, clock);
    }

    @Bean
    PriceRuleImport membershipPriceRuleImport(PriceRuleService rules) {
        return new PriceRuleImport(rules);
    }

    @Bean
    PriceSimulatorApiController membershipPriceSimulatorApiController(CurrentOwner owner, PriceSimulator simulator) {
        return new PriceSimulatorApiController(owner, simulator);
    }

    @Bean
    PriceRuleOwnerApiController membershipPriceRuleOwnerApiController(CurrentOwner owner, PriceRuleService rules,
            GroupService groups) {
        return new PriceRuleOwnerApiController(owner, rules, groups);
    }
}
