package io.smm.membership.admin.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.identity.CurrentOwner;

/** The pickers' look-up of products and categories by name, for every page that picks one. */
@Configuration(proxyBeanMethods = false)
public class CatalogAdminConfiguration {

    @Bean
    CatalogAdminController membershipCatalogAdminController(CurrentOwner owner, CatalogLookupService catalog) {
        return new CatalogAdminController(owner, catalog);
    }
}
