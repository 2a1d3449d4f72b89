package io.smm.membership.coupons;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.jobs.ExpiredHolds;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.settings.MembershipProperties;

/**
 * Coupons: their service, the till, settings, usage report, code batches, repositories on the host's entity
 * manager, and the owner's and shopper's JSON.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CouponProperties.class)
@EnableJpaRepositories(basePackageClasses = CouponsConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class CouponsConfiguration {

    @Bean
    CouponService membershipCouponService(CouponRepository coupons, CouponBatchRepository batches,
            GroupService groups, CatalogDirectory catalog, @Qualifier("membershipClock") Clock clock) {
        return new CouponService(coupons, groups, catalog, new CouponBatchSummarizer(batches, coupons, clock), clock);
    }

    @Bean
    CouponUseLedger membershipCouponUseLedger(CouponRepository coupons, CouponRedemptionRepository ledger,
            CouponHoldRepository holds, CouponRefundRepository refunds, @Qualifier("membershipClock") Clock clock) {
        return new CouponUseLedger(coupons, ledger, holds, refunds, clock);
    }

    @Bean
    CouponParticipant membershipCouponParticipant(CouponTill till, CouponUseLedger redemptions, MoneyRule money,
            GroupPricingService pricing) {
        return new CouponParticipant(till, redemptions, money, pricing);
    }

    /** The coupon holds of checkouts that never finished, for the hold sweeper (the lease is written by 0026). */
    @Bean
    ExpiredHolds membershipCouponExpiredHolds(CouponUseLedger redemptions) {
        return new ExpiredHolds("coupon-hold-sweeper", now -> redemptions.expiredHolds(now).stream()
                .mapToInt(hold -> redemptions.freeExpired(hold, now) ? 1 : 0).sum());
    }

    @Bean
    CouponSettingsService membershipCouponSettingsService(CouponSettingsRepository settings,
            @Qualifier("membershipClock") Clock clock) {
        return new CouponSettingsService(settings, clock);
    }

    @Bean
    CouponTill membershipCouponTill(CouponRepository coupons, CouponRedemptionRepository ledger,
            CouponHoldRepository holds, CouponUseLedger redemptions, CouponSettingsService settings,
            MoneyRule money, @Qualifier("membershipClock") Clock clock, CouponProperties properties) {
        return new CouponTill(coupons, ledger, holds, redemptions, settings, money, clock, properties.getHoldFor());
    }

    @Bean
    CouponSettingsApiController membershipCouponSettingsApiController(CurrentOwner owner,
            CouponSettingsService settings) {
        return new CouponSettingsApiController(owner, settings);
    }

    @Bean
    ShopperCouponApiController membershipShopperCouponApiController(CartCoupons coupons) {
        return new ShopperCouponApiController(coupons);
    }

    @Bean
    CouponUsage membershipCouponUsage(CouponService coupons, CouponRedemptionRepository ledger,
            MemberDirectory customers, @Qualifier("membershipClock") Clock clock, MembershipProperties properties,
            MoneyRule money) {
        return new CouponUsage(coupons, ledger, customers, clock, properties.storeTimeZone(), money);
    }

    @Bean
    CouponUsageApiController membershipCouponUsageApiController(CurrentOwner owner, CouponUsage usage,
            CouponService coupons) {
        return new CouponUsageApiController(owner, usage, coupons);
    }

    @Bean
    CouponBatchSteps membershipCouponBatchSteps(CouponRepository coupons, CouponBatchRepository batches,
            @Qualifier("membershipClock") Clock clock) {
        return new CouponBatchSteps(coupons, batches, clock);
    }

    /** Closed before the entity manager, so that stopping batches can still record that they stopped. */
    @Bean
    @DependsOn("entityManagerFactory")
    CouponBatchWorker membershipCouponBatchWorker() {
        return new CouponBatchWorker();
    }

    @Bean
    CouponBatchService membershipCouponBatchService(CouponBatchSteps steps, CouponBatchWorker worker,
            CouponBatchRepository batches, CouponRepository coupons, @Qualifier("membershipClock") Clock clock) {
        CodeGenerator generator = new CodeGenerator();
        CouponBatchGeneration generation = new CouponBatchGeneration(steps, generator, worker::isStopping);
        return new CouponBatchService(steps, generation, worker, batches, coupons,
                new CouponBatchSummarizer(batches, coupons, clock), generator, clock);
    }

    @Bean
    CouponBatchApiController membershipCouponBatchApiController(CurrentOwner owner, CouponBatchService batches) {
        return new CouponBatchApiController(owner, batches);
    }

    @Bean
    CouponOwnerApiController membershipCouponOwnerApiController(CurrentOwner owner, CouponService coupons,
            CouponBatchService batches, GroupService groups, @Qualifier("membershipClock") Clock clock) {
        return new CouponOwnerApiController(owner, coupons, batches, groups, clock);
    }
}
