package io.smm.membership.profile;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.analytics.AnalyticsSettingsService;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.rewards.ReferralReport;
import io.smm.membership.settings.MembershipProperties;
import io.smm.membership.tiers.TierJobSchedule;
import io.smm.membership.tiers.TierService;

/** A member's whole picture (docs/analytics-member.md): the owner's JSON and page data, the shopper's overview. */
@Configuration(proxyBeanMethods = false)
public class ProfileConfiguration {

    @Bean
    ProfileQueries membershipProfileQueries() {
        return new ProfileQueries();
    }

    @Bean
    MemberProfileService membershipMemberProfileService(ProfileQueries queries, MembershipService memberships,
            MemberDirectory directory, CouponService coupons, PointsLedger points, PointsSettingsService pointsSettings,
            ReferralReport referrals, AffiliateDirectory affiliates, StoreCurrencies currencies, MoneyRule money,
            AnalyticsSettingsService analytics,
            @Qualifier(MembershipAutoConfiguration.MESSAGES_BEAN) MessageSource messages,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new MemberProfileService(queries, memberships, directory, coupons, points, pointsSettings, referrals,
                affiliates, currencies, money, messages, clock, properties.storeTimeZone(),
                storeCode -> analytics.get(storeCode).windowDays());
    }

    @Bean
    ProfileOwnerApiController membershipProfileOwnerApiController(CurrentOwner owner, MemberProfileService profiles) {
        return new ProfileOwnerApiController(owner, profiles);
    }

    @Bean
    ProfileShopperApiController membershipProfileShopperApiController(CurrentShopper shopper,
            MemberProfileService profiles, TierService tiers, TierJobSchedule schedule,
            @Qualifier("membershipClock") Clock clock) {
        return new ProfileShopperApiController(shopper, profiles, tiers, schedule, clock);
    }
}
