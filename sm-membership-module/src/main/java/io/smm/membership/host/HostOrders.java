package io.smm.membership.host;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalType;

import io.smm.membership.orders.OrderFacts;

/**
 * A host order as our features see it: shipping and handling, and taxes, summed from its total lines. Shopizer
 * keeps the purchase date as a date only ({@code @Temporal(DATE)}): an order read back from the database was
 * placed, for us, at the start of that day in the stores' zone.
 */
final class HostOrders {

    private HostOrders() {
    }

    static OrderFacts facts(Order order, ZoneId storeZone) {
        return new OrderFacts(order.getId(), order.getCustomerId(),
                order.getMerchant() == null ? null : order.getMerchant().getCode(),
                placedAt(order.getDatePurchased(), storeZone),
                order.getStatus() == null ? null : order.getStatus().name(), order.getTotal(),
                sum(order.getOrderTotal(), OrderTotalType.SHIPPING, OrderTotalType.HANDLING),
                sum(order.getOrderTotal(), OrderTotalType.TAX),
                order.getCurrency() == null ? null : order.getCurrency().getCurrency());
    }

    private static Instant placedAt(Date purchased, ZoneId storeZone) {
        if (purchased instanceof java.sql.Date) {
            return ((java.sql.Date) purchased).toLocalDate().atStartOfDay(storeZone).toInstant();
        }
        return purchased == null ? null : purchased.toInstant();
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
