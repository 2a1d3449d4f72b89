package io.smm.membership.pricing;

/** Whether the host's catalog has a product or category in a store. Implemented in the host seam. */
public interface CatalogDirectory {

    boolean hasProduct(String storeCode, long productId);

    boolean hasCategory(String storeCode, long categoryId);
}
