package io.smm.membership.host.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.smm.membership.access.ProductCategoryLookup;

/** The categories that hold each product themselves (not their parents), read from the host's entities. */
class ProductCategories implements ProductCategoryLookup {

    @PersistenceContext
    private EntityManager entityManager;

    Set<Long> of(long productId) {
        return categoriesOf(List.of(productId)).getOrDefault(productId, Set.of());
    }

    @Override
    public Map<Long, Set<Long>> categoriesOf(Collection<Long> productIds) {
        Map<Long, Set<Long>> categories = new HashMap<>();
        if (productIds.isEmpty()) {
            return categories;
        }
        entityManager.createQuery("select p.id, c.id from Product p join p.categories c where p.id in :ids",
                Object[].class).setParameter("ids", productIds).getResultList()
                .forEach(row -> categories.computeIfAbsent((Long) row[0], any -> new HashSet<>()).add((Long) row[1]));
        return categories;
    }
}
