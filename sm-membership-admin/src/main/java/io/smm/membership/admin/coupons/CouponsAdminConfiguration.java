package io.smm.membership.admin.coupons;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponSettingsService;
import io.smm.membership.coupons.CouponUsage;
import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.StoreCurrencies;

/** The owner's coupon pages, each coupon's usage report, the codes generated from a coupon, and the settings. */
@Configuration(proxyBeanMethods = false)
public class CouponsAdminConfiguration {

    @Bean
    CouponAdminController membershipCouponAdminController(CurrentOwner owner, CouponService coupons,
            GroupService groups, AdminTime time, @Qualifier("membershipClock") Clock clock,
            MembershipAdminProperties properties, CatalogLookupService catalog, StoreCurrencies currencies) {
        return new CouponAdminController(owner, coupons, groups, time, clock, PageSize.of(properties), catalog,
                currencies);
    }

    /** Page texts come from the host's message source, which our admin bundles extend. */
    @Bean
    CouponUsageAdminController membershipCouponUsageAdminController(CurrentOwner owner, CouponService coupons,
            CouponUsage usage, @Qualifier("messageSource") MessageSource messages,
            MembershipAdminProperties properties) {
        return new CouponUsageAdminController(owner, coupons, usage, messages, PageSize.of(properties));
    }

    @Bean
    CouponBatchAdminController membershipCouponBatchAdminController(CurrentOwner owner, CouponService coupons,
            CouponBatchService batches, @Qualifier("membershipClock") Clock clock, MembershipAdminProperties properties,
            StoreCurrencies currencies) {
        return new CouponBatchAdminController(owner, coupons, batches, clock, PageSize.of(properties), currencies);
    }

    @Bean
    CouponSettingsAdminController membershipCouponSettingsAdminController(CurrentOwner owner,
            CouponSettingsService settings, AdminTime time) {
        return new CouponSettingsAdminController(owner, settings, time);
    }
}
