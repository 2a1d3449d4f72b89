package io.smm.membership.pricing;

import java.util.Optional;

/** Whether the host's catalog has a product or category in a store. Implemented in the host seam. */
public interface CatalogDirectory {

    boolean hasProduct(String storeCode, long productId);

    boolean hasCategory(String storeCode, long categoryId);

    /** A product's store, categories with their ancestors, and the host's own base and special prices. */
    Optional<ProductFacts> productFacts(String storeCode, long productId);
}
