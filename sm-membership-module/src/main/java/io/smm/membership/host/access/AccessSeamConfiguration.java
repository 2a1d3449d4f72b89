package io.smm.membership.host.access;

import javax.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.smm.membership.access.AccessParticipant;
import io.smm.membership.access.AccessViews;
import io.smm.membership.identity.CurrentShopper;

/**
 * Category restriction on the host's catalog, cart and checkout. The views come from the access feature, looked up
 * at the first request (its configuration is imported after this one); without them nothing is restricted.
 */
@Configuration(proxyBeanMethods = false)
@Import(CatalogPathsSeamConfiguration.class)
public class AccessSeamConfiguration {

    @Bean
    ShopperAccess membershipShopperAccess(ObjectProvider<AccessViews> views, CurrentShopper shopper) {
        return new ShopperAccess(views, shopper);
    }

    @Bean
    CatalogAccessAdvice membershipCatalogAccessAdvice(ShopperAccess access,
            @Qualifier("entityManagerFactory") EntityManagerFactory entityManagerFactory,
            ProductCategories categories, ObjectProvider<ReasonTexts> texts) {
        return new CatalogAccessAdvice(access, new UnlistedProductsSession(entityManagerFactory), categories,
                new AccessFlags(texts));
    }

    @Bean
    ProductCategories membershipProductCategories() {
        return new ProductCategories();
    }

    /** Declared here until the access feature has a configuration of its own. */
    @Bean
    AccessParticipant membershipAccessParticipant(ObjectProvider<AccessViews> views, ProductCategories categories) {
        return new AccessParticipant(views, categories);
    }

    @Bean
    CartAccessAdvice membershipCartAccessAdvice(ShopperAccess access, ProductCategories categories,
            ObjectProvider<ReasonTexts> texts) {
        return new CartAccessAdvice(access, categories, new AccessFlags(texts));
    }
}
