package io.smm.membership.host.customers;

import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.identity.CustomerJoinedListener;
import io.smm.membership.rewards.RewardCustomers;
import io.smm.membership.settings.MembershipProperties;

/** The host's customers: their registration, and what rewards read of them and their orders. */
@Configuration(proxyBeanMethods = false)
public class CustomersSeamConfiguration {

    @Bean
    CustomerJoinedAdvice membershipCustomerJoinedAdvice(ObjectProvider<CustomerJoinedListener> listeners) {
        return new CustomerJoinedAdvice(listeners.orderedStream().collect(Collectors.toList()));
    }

    @Bean
    RewardCustomers membershipRewardCustomers(MembershipProperties properties) {
        return new ShopizerRewardCustomers(properties.storeTimeZone());
    }
}
