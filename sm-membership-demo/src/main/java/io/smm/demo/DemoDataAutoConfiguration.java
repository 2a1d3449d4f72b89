package io.smm.demo;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigureAfter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.harness.StandInCatalog;
import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.affiliates.AffiliateService;
import io.smm.membership.affiliates.TrackingService;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.OrderRefundService;
import io.smm.membership.commissions.CommissionApproval;
import io.smm.membership.commissions.CommissionParticipant;
import io.smm.membership.commissions.PayoutService;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.dashboard.OrderSpanRefresher;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.CustomerJoinedListener;
import io.smm.membership.points.PointsCampaignService;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.points.PointsParticipant;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.rewards.BirthdayRewards;
import io.smm.membership.rewards.BirthdayService;
import io.smm.membership.rewards.InviteService;
import io.smm.membership.rewards.ReferralRewards;
import io.smm.membership.rewards.RewardSettingsService;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.tiers.TierService;
import io.smm.membership.analytics.RfmReport;
import io.smm.membership.analytics.RfmRuns;
import io.smm.membership.offers.OfferService;
import io.smm.membership.pricing.PriceRuleService;
import io.smm.membership.settings.MembershipProperties;

/** Loads the demo shop into an empty stand-in host. Only the demo puts this jar on {@code loader.path}. */
@Configuration(proxyBeanMethods = false)
@AutoConfigureAfter(MembershipAutoConfiguration.class)
@ConditionalOnBean({ StandInCatalog.class, GroupService.class })
public class DemoDataAutoConfiguration {

    @Bean
    DemoData membershipDemoData(StandInCatalog catalog, GroupService groups, MembershipService memberships,
            ApplicationService applications, CouponService coupons, PriceRuleService priceRules, TierService tiers,
            DemoGate gate, @Qualifier("membershipClock") Clock clock, CategoryAccessOwnerService categoryAccess,
            MembershipProperties properties, DemoAffiliates affiliates, DemoPoints points, DemoRewards rewards,
            DemoAnalytics analytics) {
        return new DemoData(catalog, groups, memberships, applications, coupons, priceRules, tiers, gate,
                demoClock(clock), new DemoCategoryAccess(catalog, categoryAccess, groups, properties.storeTimeZone()),
                affiliates, points, rewards, analytics);
    }

    @Bean
    DemoAnalytics membershipDemoAnalytics(RfmRuns runs, RfmReport report, SegmentService segments,
            CouponService coupons, OfferService offers, OrderSpanRefresher orderFigures) {
        return new DemoAnalytics(runs, report, segments, coupons, offers, orderFigures);
    }

    @Bean
    DemoRewards membershipDemoRewards(RewardSettingsService settings, CouponService coupons, InviteService invites,
            List<CustomerJoinedListener> joined, ReferralRewards referrals, BirthdayService birthdays,
            BirthdayRewards birthdayRewards, StandInCatalog catalog, @Qualifier("membershipClock") Clock clock) {
        return new DemoRewards(settings, coupons, invites, joined, referrals, birthdays, birthdayRewards, catalog,
                demoClock(clock));
    }

    @Bean
    DemoPoints membershipDemoPoints(PointsSettingsService settings, PointsCampaignService campaigns,
            PointsLedger ledger,
            PointsParticipant participant, GroupService groups, OrderHistory orders, CheckoutSteps steps,
            PlatformTransactionManager transactionManager, @Qualifier("membershipClock") Clock clock) {
        return new DemoPoints(settings, campaigns, ledger, participant, groups, orders, steps,
                new TransactionTemplate(transactionManager), demoClock(clock));
    }

    @Bean
    DemoAffiliates membershipDemoAffiliates(StandInCatalog catalog, AffiliateService affiliates,
            CouponService coupons, TrackingService tracking, CheckoutSteps steps, CommissionParticipant commissions,
            CommissionApproval approval, PayoutService payouts, OrderRefundService refunds, OrderHistory orders,
            PlatformTransactionManager transactionManager, @Qualifier("membershipClock") Clock clock) {
        return new DemoAffiliates(catalog, affiliates, coupons, tracking, steps, commissions, approval, payouts,
                refunds, orders, new TransactionTemplate(transactionManager), demoClock(clock));
    }

    private static DemoClock demoClock(Clock clock) {
        return clock instanceof DemoClock ? (DemoClock) clock : null;
    }

    @Bean
    DemoGate membershipDemoGate() {
        return new DemoGate();
    }

    /** Before the host's security, so that nothing of the host runs for a request the gate turns away. */
    @Bean
    FilterRegistrationBean<DemoGate> membershipDemoGateRegistration(DemoGate gate) {
        FilterRegistrationBean<DemoGate> registration = new FilterRegistrationBean<>(gate);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    DemoCheckouts membershipDemoCheckouts(DemoGate gate, DemoAnalytics analytics) {
        return new DemoCheckouts(gate, analytics::ordersOfToday);
    }

    @Bean
    TierChangeLog membershipDemoTierChangeLog() {
        return new TierChangeLog();
    }
}
