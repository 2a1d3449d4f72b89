package io.smm.membership.host;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalType;

import io.smm.membership.orders.OrderFacts;

/** A host order as our features see it: shipping and handling, and taxes, summed from its total lines. */
final class HostOrders {

    private HostOrders() {
    }

    static OrderFacts facts(Order order) {
        return new OrderFacts(order.getId(), order.getCustomerId(),
                order.getMerchant() == null ? null : order.getMerchant().getCode(),
                order.getDatePurchased() == null ? null : Instant.ofEpochMilli(order.getDatePurchased().getTime()),
                order.getStatus() == null ? null : order.getStatus().name(), order.getTotal(),
                sum(order.getOrderTotal(), OrderTotalType.SHIPPING, OrderTotalType.HANDLING),
                sum(order.getOrderTotal(), OrderTotalType.TAX),
                order.getCurrency() == null ? null : order.getCurrency().getCurrency());
    }

    private static BigDecimal sum(Set<OrderTotal> totals, OrderTotalType... types) {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderTotal total : totals == null ? Set.<OrderTotal>of() : totals) {
            if (total.getValue() != null && List.of(types).contains(total.getOrderTotalType())) {
                sum = sum.add(total.getValue());
            }
        }
        return sum;
    }
}
