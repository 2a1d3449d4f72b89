package io.smm.membership.points;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.pricing.GroupPricingService;

/**
 * Points at the till: the checkout participant and the shopper's choice of points for a cart (docs/points.md). Its
 * repositories are those {@link PointsConfiguration} enables for the package.
 */
@Configuration(proxyBeanMethods = false)
public class PointsTillConfiguration {

    @Bean
    PointsParticipant membershipPointsParticipant(PointsLedger ledger, PointsSettingsService settings,
            CartChoiceRepository choices, PointsCampaignRepository campaigns, GroupPricingService pricing,
            MoneyRule money, @Qualifier("membershipClock") Clock clock) {
        return new PointsParticipant(ledger, settings, choices, campaigns, pricing, money, clock);
    }

    @Bean
    CartPoints membershipCartPoints(CartChoiceRepository choices, PricedCarts carts, PointsParticipant participant,
            PointsLedger ledger, PointsSettingsService settings, CurrentShopper shopper,
            @Qualifier("membershipClock") Clock clock) {
        return new CartPoints(choices, carts, participant, ledger, settings, shopper, clock);
    }

    @Bean
    CartPointsApiController membershipCartPointsApiController(CartPoints points) {
        return new CartPointsApiController(points);
    }
}
