package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Set;

/**
 * What resolution needs to know about one price: who buys (their group ids, or a guest), which product with its
 * categories and their ancestors, how many, when, and the host's base and special prices.
 */
public final class PriceQuery {

    final boolean customer;
    final Set<Long> groupIds;
    final long productId;
    final Set<Long> categoryIds;
    final int quantity;
    final Instant at;
    final BigDecimal basePrice;
    final BigDecimal specialPrice;
    final Currency currency;

    public PriceQuery(boolean customer, Set<Long> groupIds, long productId, Set<Long> categoryIds, int quantity,
            Instant at, BigDecimal basePrice, BigDecimal specialPrice, Currency currency) {
        this.customer = customer;
        this.groupIds = Set.copyOf(groupIds);
        this.productId = productId;
        this.categoryIds = Set.copyOf(categoryIds);
        this.quantity = quantity;
        this.at = at;
        this.basePrice = basePrice;
        this.specialPrice = specialPrice;
        this.currency = currency;
    }
}
