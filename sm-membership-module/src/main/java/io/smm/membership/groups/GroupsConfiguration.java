package io.smm.membership.groups;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.autoconfigure.MembershipProperties;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.orders.OrderHistory;

/** Member groups: services, repositories on the host's entity manager, and the JSON endpoints. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = GroupsConfiguration.class, entityManagerFactoryRef = "entityManagerFactory",
        transactionManagerRef = "transactionManager")
public class GroupsConfiguration {

    @Bean
    GroupService membershipGroupService(GroupRepository groups, MembershipRepository memberships,
            GroupApplicationRepository applications, @Qualifier("membershipClock") Clock clock) {
        return new GroupService(groups, memberships, applications, clock);
    }

    @Bean
    MembershipService membershipMembershipService(GroupService groupService, MembershipRepository memberships,
            MembershipChangeRepository history, StandingLocks standings, MemberDirectory directory,
            @Qualifier("membershipClock") Clock clock) {
        return new MembershipService(groupService, memberships, history, standings, directory, clock);
    }

    @Bean
    ApplicationService membershipApplicationService(GroupService groups, MembershipService memberships,
            GroupApplicationRepository applications, @Qualifier("membershipClock") Clock clock) {
        return new ApplicationService(groups, memberships, applications, clock);
    }

    @Bean
    SpendLedger membershipSpendLedger(SpendOrderRepository orders, @Qualifier("membershipClock") Clock clock) {
        return new SpendLedger(orders, clock);
    }

    @Bean
    StandingRows membershipStandingRows(CustomerStandingRepository standings) {
        return new StandingRows(standings);
    }

    @Bean
    StandingLocks membershipStandingLocks(CustomerStandingRepository standings, StandingRows standingRows) {
        return new StandingLocks(standings, standingRows);
    }

    @Bean
    TierChangeNotices membershipTierChangeNotices(AbstractApplicationContext context) {
        return new TierChangeNotices(context);
    }

    @Bean
    TierService membershipTierService(TierSettingsRepository settings, TierRuleRepository rules,
            GroupService groups, MembershipService memberships, CustomerStandingRepository standings,
            StandingLocks locks, SpendOrderRepository orders, SpendLedger ledger, TierChangeNotices notices,
            MoneyRule money, StoreCurrencies currencies, @Qualifier("membershipClock") Clock clock,
            MembershipProperties properties) {
        return new TierService(settings, rules, groups, memberships, standings, locks, orders, ledger,
                notices, money, currencies, clock, properties.storeTimeZone());
    }

    @Bean
    TierJobSteps membershipTierJobSteps(TierJobRepository jobs, SpendOrderRepository orders,
            MembershipRepository memberships, @Qualifier("membershipClock") Clock clock,
            MembershipProperties properties) {
        return new TierJobSteps(jobs, orders, memberships, clock, properties.getTiers().getLease());
    }

    @Bean
    TierJob membershipTierJob(TierJobSteps steps, TierService tiers, MembershipProperties properties) {
        return new TierJob(steps, tiers, properties.getTiers().getBatchSize());
    }

    @Bean
    TierJobSchedule membershipTierJobSchedule(TierJob job, SpendBackfill backfill, TierService tiers,
            MembershipProperties properties) {
        return new TierJobSchedule(job, backfill, tiers, properties.getTiers().getJobTime(),
                properties.storeTimeZone(), properties.getTiers().getLease());
    }

    @Bean
    SpendBackfillSteps membershipSpendBackfillSteps(SpendBackfillRepository backfills,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new SpendBackfillSteps(backfills, clock, properties.getTiers().getLease());
    }

    @Bean
    SpendBackfill membershipSpendBackfill(OrderHistory history, TierService tiers, TierJob job,
            SpendBackfillSteps steps, MembershipProperties properties) {
        return new SpendBackfill(history, tiers, job, steps, properties.getTiers().getBatchSize());
    }

    @Bean
    TierPreviewer membershipTierPreviewer(GroupService groups, SpendOrderRepository orders,
            MembershipRepository memberships, CustomerStandingRepository standings,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new TierPreviewer(groups, orders, memberships, standings, clock, properties.storeTimeZone());
    }

    @Bean
    TierOwnerApiController membershipTierOwnerApiController(CurrentOwner owner, TierService tiers,
            GroupService groups, TierJob job, TierJobSchedule schedule, SpendBackfill backfill,
            TierPreviewer previewer) {
        return new TierOwnerApiController(owner, tiers, groups, job, schedule, backfill, previewer);
    }

    @Bean
    TierUpkeep membershipTierUpkeep(TierService tiers) {
        return new TierUpkeep(tiers);
    }

    @Bean
    MemberQueries membershipMemberQueries(MemberDirectory directory, MembershipService memberships,
            GroupService groups) {
        return new MemberQueries(directory, memberships, groups);
    }

    @Bean
    ShopperMembershipApiController membershipShopperApiController(CurrentShopper shopper,
            MembershipService memberships, ApplicationService applications, TierService tiers,
            TierJobSchedule schedule, @Qualifier("membershipClock") Clock clock) {
        return new ShopperMembershipApiController(shopper, memberships, applications, tiers, schedule, clock);
    }

    @Bean
    GroupOwnerApiController membershipGroupOwnerApiController(CurrentOwner owner, GroupService groups) {
        return new GroupOwnerApiController(owner, groups);
    }

    @Bean
    MemberOwnerApiController membershipMemberOwnerApiController(CurrentOwner owner, MemberQueries members,
            MembershipService memberships, TierService tiers,
            @Qualifier("membershipMessages") MessageSource messages) {
        return new MemberOwnerApiController(owner, members, memberships, tiers, messages);
    }

    @Bean
    ApplicationOwnerApiController membershipApplicationOwnerApiController(CurrentOwner owner,
            ApplicationService applications) {
        return new ApplicationOwnerApiController(owner, applications);
    }
}
