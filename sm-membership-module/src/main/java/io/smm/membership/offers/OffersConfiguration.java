package io.smm.membership.offers;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.segments.SegmentService;

/** Offers pushed to segments: their service, the background push, repository, and the owner's JSON. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = OffersConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class OffersConfiguration {

    @Bean
    OfferSteps membershipOfferSteps(OfferRepository offers, SegmentService segments, CouponBatchService coupons,
            GroupService groups, MembershipService memberships, @Qualifier("membershipClock") Clock clock) {
        return new OfferSteps(offers, segments, coupons, groups, memberships, clock);
    }

    @Bean
    OfferService membershipOfferService(OfferRepository offers, SegmentService segments,
            CouponBatchService coupons, OfferSteps steps, MemberDirectory directory,
            @Qualifier("transactionManager") PlatformTransactionManager transactions, StoreCurrencies currencies,
            MoneyRule money, @Qualifier("membershipClock") Clock clock) {
        return new OfferService(offers, segments, coupons, new OfferPush(steps, coupons), directory,
                new TransactionTemplate(transactions), currencies, money, clock);
    }

    @Bean
    OfferApiController membershipOfferApiController(CurrentOwner owner, OfferService offers) {
        return new OfferApiController(owner, offers);
    }
}
