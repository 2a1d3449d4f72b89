package io.smm.membership.host.checkout;

import java.util.stream.Collectors;

import javax.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.host.orders.HostTransaction;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.orders.OrderPlacementListener;
import io.smm.membership.settings.MembershipProperties;
import io.smm.membership.web.ProblemAdvice;

/** The host's checkout: our steps around its order, and clear answers when it refuses one. */
@Configuration(proxyBeanMethods = false)
public class CheckoutSeamConfiguration {

    @Bean
    CheckoutAdvice membershipCheckoutAdvice(HostTransaction transaction,
            @Qualifier("entityManagerFactory") EntityManagerFactory entityManagerFactory, CheckoutSteps steps,
            CurrentShopper shopper, ObjectProvider<OrderPlacementListener> placementListeners,
            MembershipProperties properties) {
        return new CheckoutAdvice(transaction, entityManagerFactory, steps, shopper,
                placementListeners.orderedStream().collect(Collectors.toList()), properties.storeTimeZone());
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

    /**
     * Guest checkout, authenticated checkout, the promo endpoint and the cart's additions: the reason when a coupon
     * or a product is refused.
     */
    @Bean
    FilterRegistrationBean<CouponRefusalFilter> membershipCouponRefusalFilter(ProblemAdvice problems) {
        FilterRegistrationBean<CouponRefusalFilter> registration = new FilterRegistrationBean<>(
                new CouponRefusalFilter(problems));
        registration.addUrlPatterns("/api/v1/cart/*", "/api/v1/auth/cart/*", "/api/v1/customers/*");
        registration.setOrder(1);
        return registration;
    }
}
