package io.smm.membership.host.customers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.rewards.RewardCustomers;
import io.smm.membership.settings.MembershipProperties;

/** The host's customers: their registration, and what rewards read of them and their orders. */
@Configuration(proxyBeanMethods = false)
public class CustomersSeamConfiguration {

    @Bean
    CustomerJoinedAdvice membershipCustomerJoinedAdvice(ApplicationEventPublisher events) {
        return new CustomerJoinedAdvice(events);
    }

    @Bean
    RewardCustomers membershipRewardCustomers(MembershipProperties properties) {
        return new ShopizerRewardCustomers(properties.storeTimeZone());
    }
}
