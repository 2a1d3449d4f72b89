package io.smm.membership.points;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.jobs.DailySchedule;
import io.smm.membership.jobs.ExpiredHolds;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.settings.MembershipProperties;

/**
 * Loyalty points: the settings, the ledger, the daily expiry, the shopper's and owner's JSON and the owner's reports
 * (docs/points.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = PointsConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class PointsConfiguration {

    /** How long a checkout holds points while the host takes the payment, as long as a coupon's default hold. */
    static final Duration HOLD_FOR = Duration.ofMinutes(15);

    private static final int SWEEP_BATCH = 500;
    private static final LocalTime EXPIRY_AT = LocalTime.of(0, 5);

    @Bean
    PointsSettingsService membershipPointsSettingsService(PointsSettingsRepository settings,
            PointsTierRateRepository tierRates, @Qualifier("membershipClock") Clock clock) {
        return new PointsSettingsService(settings, tierRates, clock);
    }

    @Bean
    PointsLedger membershipPointsLedger(PointsAccountRepository accounts, PointsEntryRepository entries,
            PointsLotRepository lots, PointsLotMoveRepository moves, PointsHoldRepository holds,
            PointsSettingsService settings,
            @Qualifier("transactionManager") PlatformTransactionManager transactionManager,
            MembershipProperties properties, @Qualifier("membershipClock") Clock clock) {
        return new PointsLedger(accounts, entries, lots, moves, holds, settings, transactionManager,
                properties.storeTimeZone(), clock, HOLD_FOR);
    }

    @Bean
    PointsExpiry membershipPointsExpiry(PointsLedger ledger, JobLeaseTaker leases,
            @Qualifier("membershipClock") Clock clock) {
        return new PointsExpiry(ledger, leases, clock);
    }

    /** The expiry, daily just after the store zone's midnight, when lots and periods end. */
    @Bean
    DailySchedule membershipPointsExpirySchedule(PointsExpiry expiry, MembershipProperties properties) {
        return new DailySchedule("points-expiry", EXPIRY_AT, properties.storeTimeZone(), expiry::expireDue);
    }

    /** The points holds of checkouts that never finished, for the hold sweeper (the lease is written by 0035). */
    @Bean
    ExpiredHolds membershipPointsExpiredHolds(PointsLedger ledger) {
        return new ExpiredHolds("points-hold-sweep", now -> ledger.releaseExpiredHolds(now, SWEEP_BATCH));
    }

    /** Points earned in the tiers' window, which decide tiers where the store's settings say so. */
    @Bean
    PointsTierMeasure membershipPointsTierMeasure(PointsSettingsService settings, PointsEntryRepository entries) {
        return new PointsTierMeasure(settings, entries);
    }

    /** The ledger's grants, for rewards (a bean of its own: the ledger is proxied as its class). */
    @Bean
    PointsGrants membershipPointsGrants(PointsLedger ledger) {
        return ledger::grant;
    }

    @Bean
    PointsSettingsApiController membershipPointsSettingsApiController(CurrentOwner owner,
            PointsSettingsService settings) {
        return new PointsSettingsApiController(owner, settings);
    }

    @Bean
    PointsReportLedger membershipPointsReportLedger() {
        return new PointsReportLedger();
    }

    @Bean
    PointsReports membershipPointsReports(PointsReportLedger ledger, PointsSettingsService settings,
            MemberDirectory members, StoreCurrencies currencies, MoneyRule money, MembershipProperties properties,
            @Qualifier("membershipClock") Clock clock) {
        return new PointsReports(ledger, settings, members, currencies, money, clock, properties.storeTimeZone());
    }

    @Bean
    PointsReportsApiController membershipPointsReportsApiController(CurrentOwner owner, PointsReports reports) {
        return new PointsReportsApiController(owner, reports);
    }

    @Bean
    PointsCampaignService membershipPointsCampaignService(PointsCampaignRepository campaigns, GroupService groups,
            MembershipProperties properties) {
        return new PointsCampaignService(campaigns, groups, properties.storeTimeZone());
    }

    @Bean
    PointsOwnerService membershipPointsOwnerService(PointsLedger ledger, MemberDirectory members) {
        return new PointsOwnerService(ledger, members);
    }

    @Bean
    PointsCampaignApiController membershipPointsCampaignApiController(CurrentOwner owner,
            PointsCampaignService campaigns) {
        return new PointsCampaignApiController(owner, campaigns);
    }

    @Bean
    PointsMembersApiController membershipPointsMembersApiController(CurrentOwner owner, PointsLedger ledger,
            PointsOwnerService points, @Qualifier(MembershipAutoConfiguration.MESSAGES_BEAN) MessageSource messages) {
        return new PointsMembersApiController(owner, ledger, points, messages);
    }

    @Bean
    PointsShopperApiController membershipPointsShopperApiController(CurrentShopper shopper, PointsLedger ledger,
            @Qualifier(MembershipAutoConfiguration.MESSAGES_BEAN) MessageSource messages) {
        return new PointsShopperApiController(shopper, ledger, messages);
    }
}
