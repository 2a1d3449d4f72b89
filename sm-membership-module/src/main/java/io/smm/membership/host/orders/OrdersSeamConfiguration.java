package io.smm.membership.host.orders;

import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.checkout.OrderRefundService;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.orders.OrderStatusListener;
import io.smm.membership.settings.MembershipProperties;

/** The host's orders: reading them, following their status changes, and its payment refunds. */
@Configuration(proxyBeanMethods = false)
public class OrdersSeamConfiguration {

    @Bean
    OrderHistory membershipOrderHistory(MembershipProperties properties) {
        return new ShopizerOrderHistory(properties.storeTimeZone());
    }

    @Bean
    HostTransaction membershipHostTransaction(
            @Qualifier("transactionManager") PlatformTransactionManager transactionManager) {
        return new HostTransaction(transactionManager);
    }

    @Bean
    OrderChangeAdvice membershipOrderChangeAdvice(HostTransaction transaction, CheckoutSteps steps,
            ObjectProvider<OrderStatusListener> statusListeners, MembershipProperties properties) {
        return new OrderChangeAdvice(transaction, steps, statusListeners.orderedStream().collect(Collectors.toList()),
                properties.storeTimeZone());
    }

    @Bean
    PaymentRefundAdvice membershipPaymentRefundAdvice(OrderChangeAdvice orders, OrderRefundService refunds,
            MembershipProperties properties) {
        return new PaymentRefundAdvice(orders, refunds, properties.storeTimeZone());
    }
}
