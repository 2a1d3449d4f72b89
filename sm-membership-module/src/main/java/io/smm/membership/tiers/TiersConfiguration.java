package io.smm.membership.tiers;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.groups.StandingLock;
import io.smm.membership.groups.TierPlacement;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.orders.OrderChanges;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.settings.MembershipProperties;

/**
 * Tiers that move by spend: the ladder, the spend ledger, evaluation, the daily job and the backfill, with their
 * repositories on the host's entity manager and the JSON endpoints. Built on the groups of
 * {@link io.smm.membership.groups.GroupsConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TierProperties.class)
@EnableJpaRepositories(basePackageClasses = TiersConfiguration.class, entityManagerFactoryRef = "entityManagerFactory",
        transactionManagerRef = "transactionManager")
public class TiersConfiguration {

    @Bean
    SpendLedger membershipSpendLedger(SpendOrderRepository orders, OrderChanges changes,
            @Qualifier("membershipClock") Clock clock) {
        return new SpendLedger(orders, changes, clock);
    }

    @Bean
    TierChangeNotices membershipTierChangeNotices(AbstractApplicationContext context) {
        return new TierChangeNotices(context);
    }

    @Bean
    TierService membershipTierService(TierSettingsRepository settings, TierRuleRepository rules,
            GroupService groups, MembershipService memberships, TierPlacement placement, StandingLock locks,
            SpendOrderRepository orders, SpendLedger ledger, TierChangeNotices notices,
            MoneyRule money, StoreCurrencies currencies, ObjectProvider<TierMeasure> measure,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new TierService(settings, rules, groups, memberships, placement, locks, orders, ledger,
                notices, money, currencies, Optional.ofNullable(measure.getIfUnique()), clock,
                properties.storeTimeZone());
    }

    @Bean
    TierJobSteps membershipTierJobSteps(TierJobRepository jobs, SpendOrderRepository orders,
            TierPlacement placement, @Qualifier("membershipClock") Clock clock, TierProperties properties) {
        return new TierJobSteps(jobs, orders, placement, clock, properties.getLease());
    }

    @Bean
    TierJob membershipTierJob(TierJobSteps steps, TierService tiers, TierProperties properties) {
        return new TierJob(steps, tiers, properties.getBatchSize());
    }

    @Bean
    TierJobSchedule membershipTierJobSchedule(TierJob job, SpendBackfill backfill, TierService tiers,
            TierProperties properties, MembershipProperties membership) {
        return new TierJobSchedule(job, backfill, tiers, properties.getJobTime(), membership.storeTimeZone(),
                properties.getLease());
    }

    @Bean
    SpendBackfillSteps membershipSpendBackfillSteps(SpendBackfillRepository backfills,
            @Qualifier("membershipClock") Clock clock, TierProperties properties) {
        return new SpendBackfillSteps(backfills, clock, properties.getLease());
    }

    @Bean
    SpendBackfill membershipSpendBackfill(OrderHistory history, TierService tiers, TierJob job,
            SpendBackfillSteps steps, TierProperties properties) {
        return new SpendBackfill(history, tiers, job, steps, properties.getBatchSize());
    }

    @Bean
    TierPreviewer membershipTierPreviewer(GroupService groups, SpendOrderRepository orders,
            TierPlacement placement, StandingLock standings, ObjectProvider<TierMeasure> measure,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new TierPreviewer(groups, orders, placement, standings, Optional.ofNullable(measure.getIfUnique()),
                clock, properties.storeTimeZone());
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
    ShopperTierApiController membershipShopperTierApiController(CurrentShopper shopper, TierService tiers,
            TierJobSchedule schedule, @Qualifier("membershipClock") Clock clock) {
        return new ShopperTierApiController(shopper, tiers, schedule, clock);
    }

    @Bean
    MemberTierOwnerApiController membershipMemberTierOwnerApiController(CurrentOwner owner, MemberQueries members,
            TierService tiers) {
        return new MemberTierOwnerApiController(owner, members, tiers);
    }
}
