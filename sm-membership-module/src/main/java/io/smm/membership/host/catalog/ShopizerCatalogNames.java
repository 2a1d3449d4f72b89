package io.smm.membership.host.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.smm.membership.catalog.CatalogItem;
import io.smm.membership.catalog.CatalogNames;
import io.smm.membership.catalog.CatalogQuery;
import io.smm.membership.catalog.NameChoice;

/**
 * Reads the host's {@code Product} and {@code Category} entities with their {@code ProductDescription} and
 * {@code CategoryDescription} (one per host {@code Language}) by JPQL, never writing them (docs/host-seams.md).
 * A search finds the ids in one query and names them in a second; naming any number of ids is one query that
 * brings every description with the store's default language, from which {@link NameChoice} picks.
 */
public class ShopizerCatalogNames implements CatalogNames {

    private static final String PRODUCTS = " from Product p where p.merchantStore.code = :store and (p.id = :id"
            + " or lower(p.sku) like :like escape '" + CatalogQuery.ESCAPE + "'"
            + " or exists (select d.id from ProductDescription d where d.product = p"
            + " and lower(d.name) like :like escape '" + CatalogQuery.ESCAPE + "'))";
    private static final String PRODUCTS_FIRST = " order by case when p.id = :id then 0"
            + " when lower(p.sku) = :text then 1 else 2 end, p.id";
    private static final String PRODUCT_NAMES = "select p.id, p.sku, l.code, d.name, s.defaultLanguage.code"
            + " from Product p join p.merchantStore s left join p.descriptions d left join d.language l"
            + " where p.id in :ids and s.code = :store";

    private static final String CATEGORIES = " from Category c where c.merchantStore.code = :store and (c.id = :id"
            + " or lower(c.code) like :like escape '" + CatalogQuery.ESCAPE + "'"
            + " or exists (select d.id from CategoryDescription d where d.category = c"
            + " and lower(d.name) like :like escape '" + CatalogQuery.ESCAPE + "'))";
    private static final String CATEGORIES_FIRST = " order by case when c.id = :id then 0"
            + " when lower(c.code) = :text then 1 else 2 end, c.id";
    private static final String CATEGORY_NAMES = "select c.id, c.code, l.code, d.name, s.defaultLanguage.code"
            + " from Category c join c.merchantStore s left join c.descriptions d left join d.language l"
            + " where c.id in :ids and s.code = :store";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public List<CatalogItem> searchProducts(String storeCode, CatalogQuery query, Locale locale) {
        List<Long> ids = search("select p.id" + PRODUCTS + PRODUCTS_FIRST, storeCode, query);
        return inOrder(ids, products(storeCode, ids, locale));
    }

    @Override
    public List<CatalogItem> searchCategories(String storeCode, CatalogQuery query, Locale locale) {
        List<Long> ids = search("select c.id" + CATEGORIES + CATEGORIES_FIRST, storeCode, query);
        return inOrder(ids, categories(storeCode, ids, locale));
    }

    @Override
    public Map<Long, CatalogItem> products(String storeCode, Collection<Long> ids, Locale locale) {
        return named(PRODUCT_NAMES, storeCode, ids, locale, true);
    }

    @Override
    public Map<Long, CatalogItem> categories(String storeCode, Collection<Long> ids, Locale locale) {
        return named(CATEGORY_NAMES, storeCode, ids, locale, false);
    }

    private List<Long> search(String jpql, String storeCode, CatalogQuery query) {
        return entityManager.createQuery(jpql, Long.class).setParameter("store", storeCode)
                .setParameter("id", query.id()).setParameter("like", query.likePattern())
                .setParameter("text", query.lowerText()).setMaxResults(query.limit()).getResultList();
    }

    /** Rows of id, SKU or code, language code, name, store language: one per description, or one without any. */
    private Map<Long, CatalogItem> named(String jpql, String storeCode, Collection<Long> ids, Locale locale,
            boolean products) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object[]> firstRows = new LinkedHashMap<>();
        Map<Long, Map<String, String>> names = new HashMap<>();
        for (Object[] row : entityManager.createQuery(jpql, Object[].class).setParameter("ids", ids)
                .setParameter("store", storeCode).getResultList()) {
            Long id = (Long) row[0];
            firstRows.putIfAbsent(id, row);
            Map<String, String> byLanguage = names.computeIfAbsent(id, none -> new HashMap<>());
            if (row[2] != null) {
                byLanguage.put((String) row[2], (String) row[3]);
            }
        }
        return firstRows.values().stream().collect(Collectors.toMap(row -> (Long) row[0], row -> {
            String name = NameChoice.pick(names.get((Long) row[0]), locale, (String) row[4]);
            return products ? CatalogItem.product((Long) row[0], name, (String) row[1])
                    : CatalogItem.category((Long) row[0], name, (String) row[1]);
        }));
    }

    private static List<CatalogItem> inOrder(List<Long> ids, Map<Long, CatalogItem> items) {
        List<CatalogItem> ordered = new ArrayList<>();
        for (Long id : ids) {
            CatalogItem item = items.get(id);
            if (item != null) {
                ordered.add(item);
            }
        }
        return ordered;
    }
}
