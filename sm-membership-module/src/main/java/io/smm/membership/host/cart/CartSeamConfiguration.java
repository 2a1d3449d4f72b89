package io.smm.membership.host.cart;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.coupons.CartCoupons;
import io.smm.membership.coupons.CouponParticipant;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.points.PricedCarts;

/**
 * The host's carts: the participants' order-total modules, coupons through its promo endpoint and cart facade, and
 * the shopper's carts priced on demand (points).
 */
@Configuration(proxyBeanMethods = false)
public class CartSeamConfiguration {

    @Bean
    static ParticipantModuleInstaller membershipParticipantModuleInstaller(
            ObjectProvider<ParticipantTotalLines> lines, ObjectProvider<CouponTill> till) {
        return new ParticipantModuleInstaller(lines, till);
    }

    @Bean
    ParticipantTotalLines membershipParticipantTotalLines(CheckoutSteps steps, CurrentShopper shopper,
            @Qualifier("membershipMessages") MessageSource messages) {
        return new ParticipantTotalLines(steps, shopper, messages);
    }

    @Bean
    CartCouponQuotes membershipCartCouponQuotes(CouponParticipant coupons, CurrentShopper shopper) {
        return new CartCouponQuotes(coupons, shopper);
    }

    @Bean
    ShopizerCarts membershipShopizerCarts() {
        return new ShopizerCarts();
    }

    @Bean
    CouponPromoAdvice membershipCouponPromoAdvice(CouponTill till, CartCouponQuotes quotes, ShopizerCarts carts) {
        return new CouponPromoAdvice(till, quotes, carts);
    }

    @Bean
    OwnCarts membershipOwnCarts(@Qualifier("shoppingCartFacade") ObjectProvider<Object> cartFacade,
            CurrentShopper shopper, ShopizerCarts carts) {
        return new OwnCarts(cartFacade, shopper, carts);
    }

    @Bean
    PricedCarts membershipPricedCarts(OwnCarts carts, CurrentShopper shopper) {
        return new ShopizerPricedCarts(carts, shopper);
    }

    @Bean
    CartCoupons membershipCartCoupons(OwnCarts carts, CouponTill till, CartCouponQuotes quotes) {
        return new ShopizerCartCoupons(carts, till, quotes);
    }
}
