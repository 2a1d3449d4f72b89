package io.smm.membership.admin.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smm.membership.catalog.CatalogItem;
import io.smm.membership.catalog.CatalogLookupService;

/**
 * The names of the products and categories a page shows, in the page's language, looked up together (one read
 * per kind) when the page is prepared. Pages find it as {@value #ATTRIBUTE}.
 */
public final class CatalogLabels {

    public static final String ATTRIBUTE = "membershipCatalog";
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final Map<Long, CatalogItem> products;
    private final Map<Long, CatalogItem> categories;

    private CatalogLabels(Map<Long, CatalogItem> products, Map<Long, CatalogItem> categories) {
        this.products = products;
        this.categories = categories;
    }

    public static CatalogLabels of(CatalogLookupService lookup, String storeCode, Locale locale,
            Collection<Long> productIds, Collection<Long> categoryIds) {
        return new CatalogLabels(lookup.products(storeCode, productIds, locale),
                lookup.categories(storeCode, categoryIds, locale));
    }

    /** The product's name, or null when the store has no product with this id. */
    public String product(Long id) {
        CatalogItem item = id == null ? null : products.get(id);
        return item == null ? null : item.getName();
    }

    /** The category's name, or null when the store has no category with this id. */
    public String category(Long id) {
        CatalogItem item = id == null ? null : categories.get(id);
        return item == null ? null : item.getName();
    }

    /** The name of a {@code products} or {@code categories} id, as the pickers name their kinds. */
    public String name(String kind, Long id) {
        return "categories".equals(kind) ? category(id) : product(id);
    }

    /** The ids in an id field's value: a number, or ids typed as a list; words that are no id are skipped. */
    public static List<Long> idsIn(Object value) {
        List<Long> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        Matcher found = ID.matcher(value.toString());
        while (found.find()) {
            Long id = Long.valueOf(found.group());
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** {@link #idsIn(Object)} for templates. */
    public List<Long> ids(Object value) {
        return idsIn(value);
    }
}
