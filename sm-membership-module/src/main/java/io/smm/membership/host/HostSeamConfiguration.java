package io.smm.membership.host;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.smm.membership.host.access.AccessSeamConfiguration;
import io.smm.membership.host.cart.CartSeamConfiguration;
import io.smm.membership.host.catalog.CatalogSeamConfiguration;
import io.smm.membership.host.customers.CustomersSeamConfiguration;
import io.smm.membership.host.checkout.CheckoutSeamConfiguration;
import io.smm.membership.host.identity.IdentitySeamConfiguration;
import io.smm.membership.host.orders.OrdersSeamConfiguration;
import io.smm.membership.host.web.WebSeamConfiguration;

/**
 * The only place that binds to Shopizer: its beans by name, its entities by JPQL, one package per seam
 * (docs/host-seams.md).
 */
@Configuration(proxyBeanMethods = false)
@Import({ WebSeamConfiguration.class, IdentitySeamConfiguration.class, CatalogSeamConfiguration.class,
        CartSeamConfiguration.class, CheckoutSeamConfiguration.class, OrdersSeamConfiguration.class,
        AccessSeamConfiguration.class, CustomersSeamConfiguration.class })
public class HostSeamConfiguration {

    static final String BASE_PACKAGE = "io.smm.membership";

    @Bean
    static MembershipEntityRegistrar membershipEntityRegistrar() {
        return new MembershipEntityRegistrar(BASE_PACKAGE);
    }
}
