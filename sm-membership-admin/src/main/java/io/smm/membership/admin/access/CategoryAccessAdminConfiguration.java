package io.smm.membership.admin.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.settings.MembershipProperties;

/**
 * The owner's category access pages: the tree with its matrix and the settings, one category's rules, and the
 * preview. Dates are entered and shown in the store's time zone, as the owner service takes them.
 */
@Configuration(proxyBeanMethods = false)
public class CategoryAccessAdminConfiguration {

    @Bean
    CategoryAccessAdminController membershipCategoryAccessAdminController(CurrentOwner owner,
            CategoryAccessOwnerService access) {
        return new CategoryAccessAdminController(owner, access);
    }

    @Bean
    CategoryRulesAdminController membershipCategoryRulesAdminController(CurrentOwner owner,
            CategoryAccessOwnerService access, MembershipProperties properties) {
        return new CategoryRulesAdminController(owner, access, properties.storeTimeZone());
    }

    @Bean
    AccessPreviewAdminController membershipAccessPreviewAdminController(CurrentOwner owner,
            CategoryAccessOwnerService access, MembershipProperties properties) {
        return new AccessPreviewAdminController(owner, access, properties.storeTimeZone());
    }
}
