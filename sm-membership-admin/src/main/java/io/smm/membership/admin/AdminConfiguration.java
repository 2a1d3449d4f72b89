package io.smm.membership.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.smm.membership.admin.access.CategoryAccessAdminConfiguration;
import io.smm.membership.admin.affiliates.AffiliatesAdminConfiguration;
import io.smm.membership.admin.catalog.CatalogAdminConfiguration;
import io.smm.membership.admin.dashboard.DashboardAdminConfiguration;
import io.smm.membership.admin.coupons.CouponsAdminConfiguration;
import io.smm.membership.admin.groups.GroupsAdminConfiguration;
import io.smm.membership.admin.orders.OrdersAdminConfiguration;
import io.smm.membership.admin.points.PointsOwnerAdminConfiguration;
import io.smm.membership.admin.points.PointsReportsAdminConfiguration;
import io.smm.membership.admin.pricing.PricingAdminConfiguration;
import io.smm.membership.admin.rewards.RewardsAdminConfiguration;
import io.smm.membership.admin.rfm.RfmAdminConfiguration;
import io.smm.membership.admin.segments.SegmentsAdminConfiguration;
import io.smm.membership.admin.tiers.TiersAdminConfiguration;
import io.smm.membership.admin.web.AdminWebConfiguration;

/**
 * Everything the owners' pages declare: the shared web parts (security chain, locale switch, message bundles,
 * login page) and the pages of each feature, each built by its own package's configuration so that controllers
 * stay package-private.
 */
@Configuration(proxyBeanMethods = false)
@Import({ AdminWebConfiguration.class, GroupsAdminConfiguration.class, PricingAdminConfiguration.class,
        TiersAdminConfiguration.class, CouponsAdminConfiguration.class, CatalogAdminConfiguration.class,
        OrdersAdminConfiguration.class, CategoryAccessAdminConfiguration.class, AffiliatesAdminConfiguration.class,
        PointsOwnerAdminConfiguration.class, PointsReportsAdminConfiguration.class, RewardsAdminConfiguration.class,
        SegmentsAdminConfiguration.class, RfmAdminConfiguration.class, DashboardAdminConfiguration.class })
public class AdminConfiguration {
}
