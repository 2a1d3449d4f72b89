package io.smm.membership.host.catalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.access.CategoryTree;
import io.smm.membership.catalog.CatalogNames;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.MemberPriceParticipant;

/** The host's products, categories, stores and prices: member prices through its own price calculation. */
@Configuration(proxyBeanMethods = false)
public class CatalogSeamConfiguration {

    @Bean
    CatalogDirectory membershipCatalogDirectory(@Qualifier("pricingService") ObjectProvider<Object> pricingService) {
        return new ShopizerCatalogDirectory(pricingService);
    }

    @Bean
    CatalogNames membershipCatalogNames() {
        return new ShopizerCatalogNames();
    }

    @Bean
    CategoryTree membershipCategoryTree() {
        return new ShopizerCategoryTree();
    }

    @Bean
    StoreCurrencies membershipStoreCurrencies() {
        return new ShopizerStoreCurrencies();
    }

    @Bean
    MemberPriceAdvice membershipMemberPriceAdvice(GroupPricingService pricing, CurrentShopper shopper,
            MemberPriceParticipant participant) {
        return new MemberPriceAdvice(pricing, shopper, participant);
    }
}
