package io.smm.membership.catalog;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a store's products and categories by name, SKU, code or id for the owner's pickers, and names the ids a
 * page shows, in the page's language. At most {@link CatalogQuery#MAX_RESULTS} answers per search, and one read of
 * the host per kind for any number of ids.
 */
public class CatalogLookupService {

    private final CatalogNames catalog;

    CatalogLookupService(CatalogNames catalog) {
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public List<CatalogItem> searchProducts(String storeCode, String text, Integer size, Locale locale) {
        return catalog.searchProducts(storeCode, CatalogQuery.of(text, size), locale);
    }

    @Transactional(readOnly = true)
    public List<CatalogItem> searchCategories(String storeCode, String text, Integer size, Locale locale) {
        return catalog.searchCategories(storeCode, CatalogQuery.of(text, size), locale);
    }

    /** The store's products among these ids, keyed by id; ids of none are left out. Nulls are ignored. */
    @Transactional(readOnly = true)
    public Map<Long, CatalogItem> products(String storeCode, Collection<Long> ids, Locale locale) {
        Set<Long> wanted = known(ids);
        return wanted.isEmpty() ? Map.of() : catalog.products(storeCode, wanted, locale);
    }

    /** The store's categories among these ids, keyed by id; ids of none are left out. Nulls are ignored. */
    @Transactional(readOnly = true)
    public Map<Long, CatalogItem> categories(String storeCode, Collection<Long> ids, Locale locale) {
        Set<Long> wanted = known(ids);
        return wanted.isEmpty() ? Map.of() : catalog.categories(storeCode, wanted, locale);
    }

    /** The store's products with these ids, in the order asked, each once, at most as many as a search gives. */
    @Transactional(readOnly = true)
    public List<CatalogItem> productsByIds(String storeCode, List<Long> ids, Locale locale) {
        return inOrder(ids, products(storeCode, firstIds(ids), locale));
    }

    /** The store's categories with these ids, in the order asked, each once, at most as many as a search gives. */
    @Transactional(readOnly = true)
    public List<CatalogItem> categoriesByIds(String storeCode, List<Long> ids, Locale locale) {
        return inOrder(ids, categories(storeCode, firstIds(ids), locale));
    }

    private static List<Long> firstIds(List<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().limit(CatalogQuery.MAX_RESULTS)
                .collect(Collectors.toList());
    }

    private static List<CatalogItem> inOrder(List<Long> ids, Map<Long, CatalogItem> found) {
        return firstIds(ids).stream().map(found::get).filter(Objects::nonNull).collect(Collectors.toList());
    }

    private static Set<Long> known(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
