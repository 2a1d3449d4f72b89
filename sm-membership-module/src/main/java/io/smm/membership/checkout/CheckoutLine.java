package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.Set;

/** One line of a cart as the host totals it: the product, its categories with their ancestors, price and quantity. */
public final class CheckoutLine {

    private final long productId;
    private final Set<Long> categoryIds;
    private final BigDecimal unitPrice;
    private final int quantity;

    /** @param unitPrice what one unit is charged, member price included */
    public CheckoutLine(long productId, Set<Long> categoryIds, BigDecimal unitPrice, int quantity) {
        this.productId = productId;
        this.categoryIds = Set.copyOf(categoryIds);
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    public long productId() {
        return productId;
    }

    public Set<Long> categoryIds() {
        return categoryIds;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int quantity() {
        return quantity;
    }

    /** The unit price times the quantity. */
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
