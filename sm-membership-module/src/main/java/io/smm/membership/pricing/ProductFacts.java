package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;

/** What pricing needs of a host product: its store, categories with their ancestors, and the host's prices. */
public final class ProductFacts {

    final long productId;
    final String storeCode;
    final Set<Long> categoryIds;
    final BigDecimal basePrice;
    final BigDecimal specialPrice;
    final Currency currency;

    public ProductFacts(long productId, String storeCode, Set<Long> categoryIds, BigDecimal basePrice,
            BigDecimal specialPrice, Currency currency) {
        this.productId = productId;
        this.storeCode = storeCode;
        this.categoryIds = Set.copyOf(categoryIds);
        this.basePrice = basePrice;
        this.specialPrice = specialPrice;
        this.currency = currency;
    }
}
