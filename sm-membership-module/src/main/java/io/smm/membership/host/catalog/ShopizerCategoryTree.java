package io.smm.membership.host.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.smm.membership.access.CategoryNode;
import io.smm.membership.access.CategoryTree;

/**
 * Reads the host's {@code Category} entities (parent, code, sort order, {@code CategoryDescription} per host
 * {@code Language}) and {@code Product.categories} by JPQL, never writing them (docs/host-seams.md). Siblings come
 * in the host's sort order, then by id.
 */
public class ShopizerCategoryTree implements CategoryTree {

    private static final String PARENTS = "select c.id, p.id from Category c left join c.parent p"
            + " where c.merchantStore.code = :store order by c.sortOrder, c.id";
    private static final String NAMES = "select c.id, l.code, d.name, s.defaultLanguage.code, c.code"
            + " from Category c join c.merchantStore s left join c.descriptions d left join d.language l"
            + " where s.code = :store";
    private static final String COUNTS = "select c.id, count(p.id) from Product p join p.categories c"
            + " where p.merchantStore.code = :store group by c.id";
    private static final String PRODUCT_CATEGORIES = "select p.id, c.id from Product p left join p.categories c"
            + " where p.merchantStore.code = :store";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Map<Long, Long> parents(String storeCode) {
        Map<Long, Long> parents = new LinkedHashMap<>();
        rows(PARENTS, storeCode).forEach(row -> parents.put((Long) row[0], (Long) row[1]));
        return parents;
    }

    @Override
    public List<CategoryNode> categories(String storeCode) {
        Map<Long, Map<String, String>> names = new HashMap<>();
        Map<Long, Object[]> firstRows = new HashMap<>();
        for (Object[] row : rows(NAMES, storeCode)) {
            Long id = (Long) row[0];
            firstRows.putIfAbsent(id, row);
            Map<String, String> byLanguage = names.computeIfAbsent(id, none -> new HashMap<>());
            if (row[1] != null) {
                byLanguage.put((String) row[1], (String) row[2]);
            }
        }
        Map<Long, Long> counts = rows(COUNTS, storeCode).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        List<CategoryNode> nodes = new ArrayList<>();
        parents(storeCode).forEach((id, parent) -> {
            Object[] row = firstRows.get(id);
            if (row != null) {
                nodes.add(new CategoryNode(id, parent, (String) row[4], names.get(id), (String) row[3],
                        counts.getOrDefault(id, 0L)));
            }
        });
        return nodes;
    }

    @Override
    public Optional<List<Long>> categoriesOf(String storeCode, long productId) {
        List<Object[]> rows = entityManager.createQuery("select p.id, c.id from Product p left join p.categories c"
                + " where p.id = :id and p.merchantStore.code = :store", Object[].class).setParameter("id", productId)
                .setParameter("store", storeCode).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(row -> row[1] != null).map(row -> (Long) row[1])
                .collect(Collectors.toList()));
    }

    @Override
    public Map<Long, List<Long>> productCategories(String storeCode) {
        Map<Long, List<Long>> products = new HashMap<>();
        for (Object[] row : rows(PRODUCT_CATEGORIES, storeCode)) {
            List<Long> categories = products.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
            if (row[1] != null) {
                categories.add((Long) row[1]);
            }
        }
        return products;
    }

    private List<Object[]> rows(String jpql, String storeCode) {
        return entityManager.createQuery(jpql, Object[].class).setParameter("store", storeCode).getResultList();
    }
}
