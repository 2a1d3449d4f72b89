package io.smm.membership.host.cart;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.coupons.CartCoupons;
import io.smm.membership.coupons.CouponParticipant;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.host.catalog.MemberPriceAdvice;
import io.smm.membership.identity.CurrentShopper;

/** Coupons on the host's carts: its promo endpoint, its order-total modules, its cart facade. */
@Configuration(proxyBeanMethods = false)
public class CartSeamConfiguration {

    @Bean
    static CouponModuleInstaller membershipCouponModuleInstaller(ObjectProvider<CouponDiscountLines> lines,
            ObjectProvider<CouponTill> till) {
        return new CouponModuleInstaller(lines, till);
    }

    @Bean
    CouponDiscountLines membershipCouponDiscountLines(CouponTill till, MemberPriceAdvice prices,
            CurrentShopper shopper, CouponParticipant participant) {
        return new CouponDiscountLines(till, prices, shopper, participant);
    }

    @Bean
    ShopizerCarts membershipShopizerCarts() {
        return new ShopizerCarts();
    }

    @Bean
    CouponPromoAdvice membershipCouponPromoAdvice(CouponTill till, CouponDiscountLines lines, ShopizerCarts carts) {
        return new CouponPromoAdvice(till, lines, carts);
    }

    @Bean
    CartCoupons membershipCartCoupons(@Qualifier("shoppingCartFacade") ObjectProvider<Object> cartFacade,
            CurrentShopper shopper, ShopizerCarts carts, CouponTill till, CouponDiscountLines discounts) {
        return new ShopizerCartCoupons(cartFacade, shopper, carts, till, discounts);
    }
}
