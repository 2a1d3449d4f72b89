package io.smm.membership.host.access;

import javax.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Category restriction on every other host path that answers with products or categories: the category tree and
 * details, manufacturers of a category, related items, featured groups, reviews, images and search
 * (docs/host-seams.md#category-restriction-other-paths).
 */
@Configuration(proxyBeanMethods = false)
public class CatalogPathsSeamConfiguration {

    @Bean
    CategoryAccessAdvice membershipCategoryAccessAdvice(ShopperAccess access, ProductCategories categories,
            @Qualifier("entityManagerFactory") EntityManagerFactory entityManagerFactory) {
        return new CategoryAccessAdvice(access, categories, new UnlistedProductsSession(entityManagerFactory));
    }

    @Bean
    ProductPathsAccessAdvice membershipProductPathsAccessAdvice(ShopperAccess access, ProductCategories categories,
            AccessFlags flags, CatalogAccessAdvice lists) {
        return new ProductPathsAccessAdvice(access, new ListedProducts(categories, flags), lists);
    }

    @Bean
    ProductNames membershipProductNames() {
        return new ProductNames();
    }

    @Bean
    SearchAccessAdvice membershipSearchAccessAdvice(ShopperAccess access, ProductCategories categories,
            ProductNames names, AccessFlags flags) {
        return new SearchAccessAdvice(access, categories, names, flags);
    }
}
