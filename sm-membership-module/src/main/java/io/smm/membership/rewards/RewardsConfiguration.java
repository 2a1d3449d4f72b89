package io.smm.membership.rewards;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.affiliates.AffiliateProperties;
import io.smm.membership.affiliates.TrackingKeys;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.jobs.DailySchedule;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.points.PointsGrants;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.settings.MembershipProperties;

/**
 * Rewards (docs/rewards.md): welcome on registration, birthdays and referrals by daily jobs, invite codes and links,
 * the owner's settings and the shopper's JSON; points through the points feature's {@link PointsGrants}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RewardProperties.class)
@EnableJpaRepositories(basePackageClasses = RewardsConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class RewardsConfiguration {

    @Bean
    RewardSettingsService membershipRewardSettingsService(RewardSettingsRepository settings,
            @Qualifier("membershipClock") Clock clock) {
        return new RewardSettingsService(settings, clock);
    }

    @Bean
    RewardGrants membershipRewardGrants(RewardRepository rewards, PointsGrants points,
            @Qualifier("transactionManager") PlatformTransactionManager transactions,
            @Qualifier("membershipClock") Clock clock) {
        return new RewardGrants(rewards, points, transactions, clock);
    }

    @Bean
    InviteService membershipInviteService(InviteCodeRepository codes, ReferralBindingRepository referrals,
            @Qualifier("transactionManager") PlatformTransactionManager transactions,
            @Qualifier("membershipClock") Clock clock) {
        return new InviteService(codes, referrals, new InviteCodes(), transactions, clock);
    }

    @Bean
    InviteCookie membershipInviteCookie(TrackingKeys keys) {
        return new InviteCookie(keys);
    }

    @Bean
    BirthdayService membershipBirthdayService(CustomerBirthdayRepository birthdays, RewardCustomers customers,
            @Qualifier("transactionManager") PlatformTransactionManager transactions,
            @Qualifier("membershipClock") Clock clock) {
        return new BirthdayService(birthdays, customers, transactions, clock);
    }

    @Bean
    RewardsOnJoin membershipRewardsOnJoin(RewardSettingsService settings, RewardGrants grants, InviteService invites,
            InviteCookie cookie) {
        return new RewardsOnJoin(settings, grants, invites, cookie);
    }

    @Bean
    RewardJobs membershipRewardJobs(RewardSettingsService settings, PointsSettingsService points, RewardGrants grants,
            JobLeaseTaker leases, @Qualifier("transactionManager") PlatformTransactionManager transactions,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties, RewardProperties rewards) {
        return new RewardJobs(settings, points, grants, leases, transactions, clock, properties.storeTimeZone(),
                rewards.getBatchSize());
    }

    @Bean
    BirthdayRewards membershipBirthdayRewards(RewardCustomers customers, CustomerBirthdayRepository birthdays,
            RewardJobs jobs) {
        return new BirthdayRewards(customers, birthdays, jobs);
    }

    @Bean
    ReferralRewards membershipReferralRewards(ReferralBindingRepository referrals, RewardCustomers customers,
            RewardJobs jobs) {
        return new ReferralRewards(referrals, customers, jobs);
    }

    /** The birthday and referral rewards, daily at {@code sm.membership.rewards.job-time} of the store's zone. */
    @Bean
    DailySchedule membershipRewardsSchedule(BirthdayRewards birthdays, ReferralRewards referrals,
            MembershipProperties properties, RewardProperties rewards) {
        return new DailySchedule("rewards", rewards.getJobTime(), properties.storeTimeZone(), () -> {
            birthdays.grantDue();
            referrals.settleDue();
        });
    }

    @Bean
    RewardSettingsApiController membershipRewardSettingsApiController(CurrentOwner owner,
            RewardSettingsService settings) {
        return new RewardSettingsApiController(owner, settings);
    }

    @Bean
    ShopperRewardsApiController membershipShopperRewardsApiController(CurrentShopper shopper,
            RewardRepository rewards, InviteService invites, BirthdayService birthdays,
            AffiliateProperties affiliates) {
        return new ShopperRewardsApiController(shopper, rewards, invites, birthdays, affiliates.getStorefrontUrl());
    }

    @Bean
    InviteLinkController membershipInviteLinkController(InviteService invites, InviteCookie cookie,
            CurrentShopper shopper, AffiliateProperties affiliates) {
        return new InviteLinkController(invites, cookie, shopper, affiliates.getStorefrontUrl());
    }

    @Bean
    ReferralSettleApiController membershipReferralSettleApiController(CurrentOwner owner,
            ReferralRewards referrals) {
        return new ReferralSettleApiController(owner, referrals);
    }
}
