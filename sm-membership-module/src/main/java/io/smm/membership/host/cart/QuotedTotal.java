package io.smm.membership.host.cart;

import java.math.BigDecimal;
import java.util.List;

import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;

/** A participant's quote for one cart calculation of the host, and the items it was made for, in their order. */
final class QuotedTotal {

    final Object quote;
    private final List<ShoppingCartItem> items;

    QuotedTotal(Object quote, List<ShoppingCartItem> items) {
        this.quote = quote;
        this.items = List.copyOf(items);
    }

    /** The item's part of {@code discounts}; zero for an item the calculation did not include. */
    BigDecimal partOf(List<BigDecimal> discounts, ShoppingCartItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return discounts.get(i);
            }
        }
        return BigDecimal.ZERO;
    }
}
