package io.smm.membership.admin.pricing;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.OrderLinePriceService;
import io.smm.membership.pricing.PriceRuleImport;
import io.smm.membership.pricing.PriceRuleService;
import io.smm.membership.pricing.PriceSimulator;

/** The owner's pages for member prices: rules and their CSV file, the simulator, an order's and a product's prices. */
@Configuration(proxyBeanMethods = false)
public class PricingAdminConfiguration {

    @Bean
    PriceRuleAdminController membershipPriceRuleAdminController(CurrentOwner owner, PriceRuleService rules,
            PriceRuleImport imports, GroupService groups, AdminTime time,
            @Qualifier(MembershipAutoConfiguration.MESSAGES_BEAN) MessageSource messages,
            @Qualifier("membershipClock") Clock clock, MembershipAdminProperties properties,
            CatalogLookupService catalog) {
        return new PriceRuleAdminController(owner, rules, imports, groups, time, messages, clock,
                PageSize.of(properties), catalog);
    }

    @Bean
    PriceSimulatorAdminController membershipPriceSimulatorAdminController(CurrentOwner owner,
            PriceSimulator simulator, GroupService groups, MemberQueries members, AdminTime time,
            @Qualifier("membershipClock") Clock clock, CatalogLookupService catalog) {
        return new PriceSimulatorAdminController(owner, simulator, groups, members, time, clock, catalog);
    }

    @Bean
    PriceLookupAdminController membershipPriceLookupAdminController(CurrentOwner owner,
            OrderLinePriceService orderLines, GroupPricingService pricing, CatalogDirectory catalog,
            GroupService groups, CatalogLookupService names, OrderHistory orders) {
        return new PriceLookupAdminController(owner, orderLines, pricing, catalog, groups, names, orders);
    }
}
