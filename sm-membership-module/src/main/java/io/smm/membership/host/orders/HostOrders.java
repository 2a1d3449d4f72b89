package io.smm.membership.host.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalType;
import com.salesmanager.core.model.order.orderproduct.OrderProduct;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.orders.OrderFacts;

/**
 * A host order as our features see it: shipping and handling, and taxes, summed from its total lines. Shopizer
 * keeps the purchase date as a date only ({@code @Temporal(DATE)}): an order read back from the database was
 * placed, for us, at the start of that day in the stores' zone.
 */
public final class HostOrders {

    private HostOrders() {
    }

    public static OrderFacts facts(Order order, ZoneId storeZone) {
        return new OrderFacts(order.getId(), order.getCustomerId(),
                order.getMerchant() == null ? null : order.getMerchant().getCode(),
                placedAt(order.getDatePurchased(), storeZone),
                order.getStatus() == null ? null : order.getStatus().name(), order.getTotal(),
                sum(order.getOrderTotal(), OrderTotalType.SHIPPING, OrderTotalType.HANDLING),
                sum(order.getOrderTotal(), OrderTotalType.TAX),
                order.getCurrency() == null ? null : order.getCurrency().getCurrency());
    }

    /** The order's own lines, each with its product's id as the cart's items name it, by SKU. */
    public static List<PlacedOrder.Line> lines(Order order, List<ShoppingCartItem> items) {
        Map<String, Long> productIds = new HashMap<>();
        for (ShoppingCartItem item : items) {
            if (item.getProduct() != null && item.getProduct().getSku() != null) {
                productIds.put(item.getProduct().getSku(), item.getProductId());
            }
        }
        List<PlacedOrder.Line> lines = new ArrayList<>();
        for (OrderProduct line : order.getOrderProducts() == null ? Set.<OrderProduct>of() : order.getOrderProducts()) {
            Long productId = productIds.get(line.getSku());
            if (productId != null && line.getOneTimeCharge() != null) {
                lines.add(new PlacedOrder.Line(productId, line.getSku(), line.getProductQuantity(),
                        line.getOneTimeCharge()));
            }
        }
        return lines;
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
