package io.smm.membership.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The host's products and categories by name, SKU or id, with their names in a language. Implemented in the host
 * seam; every method reads one store only and answers with a fixed number of queries, whatever the number of ids.
 */
public interface CatalogNames {

    /**
     * The store's products whose id equals {@code text}, or whose SKU or name in any language contains it (any
     * case); all of them when the text is empty. An exact id, then an exact SKU, come first; then by id.
     */
    List<CatalogItem> searchProducts(String storeCode, CatalogQuery query, Locale locale);

    /**
     * The store's categories whose id equals the text, or whose code or name in any language contains
     * it; an exact id, then an exact code, come first.
     */
    List<CatalogItem> searchCategories(String storeCode, CatalogQuery query, Locale locale);

    /** The store's products among these ids; ids of no product of the store are left out. */
    Map<Long, CatalogItem> products(String storeCode, Collection<Long> ids, Locale locale);

    /** The store's categories among these ids; ids of no category of the store are left out. */
    Map<Long, CatalogItem> categories(String storeCode, Collection<Long> ids, Locale locale);
}
