package io.smm.membership.host;

import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.autoconfigure.MembershipProperties;
import io.smm.membership.catalog.CatalogNames;
import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.OrderRefunds;
import io.smm.membership.coupons.CartCoupons;
import io.smm.membership.coupons.CouponParticipant;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.orders.OrderStatusListener;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.MemberPriceParticipant;
import io.smm.membership.web.ProblemAdvice;

/** The only place that binds to Shopizer: its beans by name, its entities by JPQL. */
@Configuration(proxyBeanMethods = false)
public class HostSeamConfiguration {

    static final String BASE_PACKAGE = "io.smm.membership";

    @Bean
    static MembershipEntityRegistrar membershipEntityRegistrar() {
        return new MembershipEntityRegistrar(BASE_PACKAGE);
    }

    @Bean
    CurrentShopper membershipCurrentShopper(@Qualifier("JWTTokenUtil") Object jwtTokenUtil,
            MembershipProperties properties) {
        return new ShopizerCurrentShopper(new HostTokenReader(jwtTokenUtil), properties.getDefaultStore());
    }

    /** After the host's XssFilter (order 0), before the dispatcher; our paths only. */
    @Bean
    FilterRegistrationBean<RawParametersFilter> membershipRawParametersFilter() {
        FilterRegistrationBean<RawParametersFilter> registration = new FilterRegistrationBean<>(
                new RawParametersFilter());
        registration.addUrlPatterns("/membership/*", "/api/v1/auth/membership/*", "/api/v1/private/membership/*");
        registration.setOrder(1);
        return registration;
    }

    /** Authenticated checkout: a clear answer when the total changed since the shopper saw the cart. */
    @Bean
    FilterRegistrationBean<CheckoutTotalChangedFilter> membershipCheckoutTotalChangedFilter(ProblemAdvice problems) {
        FilterRegistrationBean<CheckoutTotalChangedFilter> registration = new FilterRegistrationBean<>(
                new CheckoutTotalChangedFilter(problems));
        registration.addUrlPatterns("/api/v1/auth/cart/*");
        registration.setOrder(1);
        return registration;
    }

    @Bean
    CatalogDirectory membershipCatalogDirectory(@Qualifier("pricingService") ObjectProvider<Object> pricingService) {
        return new ShopizerCatalogDirectory(pricingService);
    }

    @Bean
    CatalogNames membershipCatalogNames() {
        return new ShopizerCatalogNames();
    }

    @Bean
    MemberPriceAdvice membershipMemberPriceAdvice(GroupPricingService pricing, CurrentShopper shopper,
            MemberPriceParticipant participant) {
        return new MemberPriceAdvice(pricing, shopper, participant);
    }

    /** Guest checkout, authenticated checkout and the promo endpoint: the reason when a coupon is refused. */
    @Bean
    FilterRegistrationBean<CouponRefusalFilter> membershipCouponRefusalFilter(ProblemAdvice problems) {
        FilterRegistrationBean<CouponRefusalFilter> registration = new FilterRegistrationBean<>(
                new CouponRefusalFilter(problems));
        registration.addUrlPatterns("/api/v1/cart/*", "/api/v1/auth/cart/*");
        registration.setOrder(1);
        return registration;
    }

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

    @Bean
    CurrentOwner membershipCurrentOwner() {
        return new ShopizerCurrentOwner();
    }

    @Bean
    OrderHistory membershipOrderHistory(MembershipProperties properties) {
        return new ShopizerOrderHistory(properties.storeTimeZone());
    }

    @Bean
    StoreCurrencies membershipStoreCurrencies() {
        return new ShopizerStoreCurrencies();
    }

    @Bean
    MemberDirectory membershipMemberDirectory() {
        return new ShopizerMemberDirectory();
    }

    @Bean
    OrderAdvice membershipOrderAdvice(@Qualifier("transactionManager") PlatformTransactionManager transactionManager,
            CheckoutSteps steps, CurrentShopper shopper, ObjectProvider<OrderPlacementListener> placementListeners,
            ObjectProvider<OrderStatusListener> statusListeners, MembershipProperties properties) {
        return new OrderAdvice(transactionManager, steps, shopper,
                placementListeners.orderedStream().collect(Collectors.toList()),
                statusListeners.orderedStream().collect(Collectors.toList()), properties.storeTimeZone());
    }

    @Bean
    PaymentRefundAdvice membershipPaymentRefundAdvice(OrderAdvice orders, OrderRefunds refunds,
            MembershipProperties properties) {
        return new PaymentRefundAdvice(orders, refunds, properties.storeTimeZone());
    }
}
