package io.smm.membership.host;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.smm.membership.pricing.CatalogDirectory;

/** Reads the host's {@code Product} and {@code Category} entities by id and store (SHOPIZER.md §4). */
public class ShopizerCatalogDirectory implements CatalogDirectory {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public boolean hasProduct(String storeCode, long productId) {
        return exists("select count(p) from Product p where p.id = :id and p.merchantStore.code = :store", storeCode,
                productId);
    }

    @Override
    public boolean hasCategory(String storeCode, long categoryId) {
        return exists("select count(c) from Category c where c.id = :id and c.merchantStore.code = :store",
                storeCode, categoryId);
    }

    private boolean exists(String query, String storeCode, long id) {
        return entityManager.createQuery(query, Long.class).setParameter("id", id).setParameter("store", storeCode)
                .getSingleResult() > 0;
    }
}
