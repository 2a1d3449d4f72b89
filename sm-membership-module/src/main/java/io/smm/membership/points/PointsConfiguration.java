package io.smm.membership.points;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.jobs.DailySchedule;
import io.smm.membership.jobs.ExpiredHolds;
import io.smm.membership.jobs.JobLeaseTaker;
import io.smm.membership.settings.MembershipProperties;

/** Loyalty points: the settings, the ledger, the daily expiry and the shopper's and owner's JSON (docs/points.md). */
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
    PointsShopperApiController membershipPointsShopperApiController(CurrentShopper shopper, PointsLedger ledger) {
        return new PointsShopperApiController(shopper, ledger);
    }
}
