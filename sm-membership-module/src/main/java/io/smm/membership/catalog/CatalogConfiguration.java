package io.smm.membership.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.identity.CurrentOwner;

/** The owner's look-up of the host's products and categories by name, for pickers and for names next to ids. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    CatalogLookupService membershipCatalogLookupService(CatalogNames catalog) {
        return new CatalogLookupService(catalog);
    }

    @Bean
    CatalogOwnerApiController membershipCatalogOwnerApiController(CurrentOwner owner, CatalogLookupService catalog) {
        return new CatalogOwnerApiController(owner, catalog);
    }
}
