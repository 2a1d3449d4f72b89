package io.smm.membership.checkout;

import java.time.Clock;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.orders.OrderChanges;
import io.smm.membership.orders.OrderHistory;

/** The checkout's steps over every participant the features declare, in their order, and refunds of orders. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CheckoutConfiguration.class,
        entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
public class CheckoutConfiguration {

    @Bean
    CheckoutSteps membershipCheckoutSteps(ObjectProvider<CheckoutParticipant<?>> participants) {
        return new CheckoutSteps(participants.orderedStream().collect(Collectors.toList()));
    }

    @Bean
    OrderRefundService membershipOrderRefundService(OrderRefundRepository refunds, OrderHistory orders,
            CheckoutSteps steps, OrderChanges changes, @Qualifier("membershipClock") Clock clock) {
        return new OrderRefundService(refunds, orders, steps, changes, clock);
    }

    @Bean
    OrderRefundOwnerApiController membershipOrderRefundOwnerApiController(CurrentOwner owner,
            OrderRefundService refunds) {
        return new OrderRefundOwnerApiController(owner, refunds);
    }
}
