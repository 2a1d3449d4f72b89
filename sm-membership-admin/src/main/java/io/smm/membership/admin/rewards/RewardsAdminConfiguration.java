package io.smm.membership.admin.rewards;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.rewards.ReferralReport;
import io.smm.membership.rewards.RewardSettingsService;

/** The owner's rewards pages: the settings and the referral report (docs/rewards.md#the-admin-pages). */
@Configuration(proxyBeanMethods = false)
public class RewardsAdminConfiguration {

    @Bean
    RewardSettingsAdminController membershipRewardSettingsAdminController(CurrentOwner owner,
            RewardSettingsService settings, CouponService coupons, AdminTime time) {
        return new RewardSettingsAdminController(owner, settings, coupons, time);
    }

    @Bean
    ReferralReportAdminController membershipReferralReportAdminController(CurrentOwner owner, ReferralReport report,
            MembershipAdminProperties properties) {
        return new ReferralReportAdminController(owner, report, PageSize.of(properties));
    }
}
