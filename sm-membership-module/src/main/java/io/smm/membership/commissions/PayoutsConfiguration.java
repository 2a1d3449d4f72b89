package io.smm.membership.commissions;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.ClickReports;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.settings.MembershipProperties;

/** Affiliates' payouts and reports: their services over the commissions' ledger, and the owner's and affiliate's JSON. */
@Configuration(proxyBeanMethods = false)
public class PayoutsConfiguration {

    @Bean
    ReportLedger membershipReportLedger() {
        return new ReportLedger();
    }

    @Bean
    PayoutService membershipPayoutService(ReportLedger ledger, AffiliateDirectory affiliates, MoneyRule money,
            StoreCurrencies currencies, @Qualifier("membershipClock") Clock clock) {
        return new PayoutService(ledger, affiliates, money, currencies, clock);
    }

    @Bean
    ReportService membershipReportService(ReportLedger ledger, AffiliateDirectory affiliates, ClickReports clicks,
            MoneyRule money, StoreCurrencies currencies, @Qualifier("membershipClock") Clock clock,
            MembershipProperties properties) {
        return new ReportService(ledger, affiliates, clicks, money, currencies, clock, properties.storeTimeZone());
    }

    @Bean
    PayoutApiController membershipPayoutApiController(CurrentOwner owner, PayoutService payouts,
            ReportService reports) {
        return new PayoutApiController(owner, payouts, reports);
    }

    @Bean
    ReportApiController membershipReportApiController(CurrentOwner owner, ReportService reports) {
        return new ReportApiController(owner, reports);
    }

    @Bean
    ReportShopperApiController membershipReportShopperApiController(CurrentShopper shopper, ReportService reports,
            PayoutService payouts) {
        return new ReportShopperApiController(shopper, reports, payouts);
    }
}
