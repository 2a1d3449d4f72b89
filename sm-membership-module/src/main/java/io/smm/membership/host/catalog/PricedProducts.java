package io.smm.membership.host.catalog;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.salesmanager.core.model.catalog.product.price.FinalPrice;

import io.smm.membership.pricing.ProductFacts;

/**
 * The price seam's notes for one request: the facts behind each price it returned, by identity (cart items carry the
 * very same object), and whether member prices are off for a call made on the owner's behalf.
 */
final class PricedProducts {

    final Map<FinalPrice, ProductFacts> facts = new IdentityHashMap<>();
    private boolean hostPricesOnly;

    boolean isHostPricesOnly() {
        return hostPricesOnly;
    }

    /** Runs {@code work} with the host's own prices, as if member prices were not there. */
    <T> T withHostPrices(Supplier<T> work) {
        boolean before = hostPricesOnly;
        hostPricesOnly = true;
        try {
            return work.get();
        } finally {
            hostPricesOnly = before;
        }
    }
}
