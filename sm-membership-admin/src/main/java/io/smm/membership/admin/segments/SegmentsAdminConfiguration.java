package io.smm.membership.admin.segments;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.offers.OfferService;
import io.smm.membership.segments.SegmentService;

/** The owner's saved segments, the offers pushed to them and each offer's report. */
@Configuration(proxyBeanMethods = false)
public class SegmentsAdminConfiguration {

    @Bean
    SegmentAdminController membershipSegmentAdminController(CurrentOwner owner, SegmentService segments,
            GroupService groups, CatalogLookupService catalog) {
        return new SegmentAdminController(owner, segments, groups, catalog);
    }

    /** Chart labels come from the host's message source, which our admin bundles extend. */
    @Bean
    OfferAdminController membershipOfferAdminController(CurrentOwner owner, SegmentService segments,
            OfferService offers, CouponService coupons, StoreCurrencies currencies,
            @Qualifier("messageSource") MessageSource messages) {
        return new OfferAdminController(owner, segments, offers, coupons, currencies, messages);
    }
}
