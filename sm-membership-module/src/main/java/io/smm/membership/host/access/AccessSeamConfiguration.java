package io.smm.membership.host.access;

import javax.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.smm.membership.access.AccessTexts;
import io.smm.membership.access.AccessViews;
import io.smm.membership.identity.CurrentShopper;

/**
 * Category restriction on the host's catalog, cart and checkout, as the access feature's views say.
 */
@Configuration(proxyBeanMethods = false)
@Import(CatalogPathsSeamConfiguration.class)
public class AccessSeamConfiguration {

    @Bean
    ShopperAccess membershipShopperAccess(AccessViews views, CurrentShopper shopper) {
        return new ShopperAccess(views, shopper);
    }

    @Bean
    CatalogAccessAdvice membershipCatalogAccessAdvice(ShopperAccess access,
            @Qualifier("entityManagerFactory") EntityManagerFactory entityManagerFactory,
            ProductCategories categories, AccessFlags flags) {
        return new CatalogAccessAdvice(access, new UnlistedProductsSession(entityManagerFactory), categories, flags);
    }

    @Bean
    HiddenCartTotals membershipHiddenCartTotals() {
        return new HiddenCartTotals();
    }

    @Bean
    AccessFlags membershipAccessFlags(AccessTexts texts) {
        return new AccessFlags(texts);
    }

    @Bean
    ProductCategories membershipProductCategories() {
        return new ProductCategories();
    }

    @Bean
    CartAccessAdvice membershipCartAccessAdvice(ShopperAccess access, ProductCategories categories,
            AccessFlags flags) {
        return new CartAccessAdvice(access, categories, flags);
    }
}
