package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.Set;

/** A cart line as a coupon sees it: the product, its categories with their ancestors, and its member price. */
public final class CartLine {

    final long productId;
    final Set<Long> categoryIds;
    final BigDecimal unitPrice;
    final int quantity;

    public CartLine(long productId, Set<Long> categoryIds, BigDecimal unitPrice, int quantity) {
        this.productId = productId;
        this.categoryIds = Set.copyOf(categoryIds);
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
