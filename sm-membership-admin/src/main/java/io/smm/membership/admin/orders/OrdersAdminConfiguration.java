package io.smm.membership.admin.orders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.checkout.OrderRefundService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.orders.OrderHistory;

/** The owner's pages about one order: its refunds. */
@Configuration(proxyBeanMethods = false)
public class OrdersAdminConfiguration {

    @Bean
    OrderRefundAdminController membershipOrderRefundAdminController(CurrentOwner owner, OrderRefundService refunds,
            OrderHistory orders) {
        return new OrderRefundAdminController(owner, refunds, orders);
    }
}
