package io.smm.harness.catalog;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.harness.core.TransactionalAspectAwareService;
import io.smm.harness.web.UnknownResourceException;

/**
 * Bean {@code categoryService}: a store's categories. Lineage is kept as on the host,
 * {@code /<root id>/.../<id>/}, so a category's descendants are those whose lineage contains its id.
 */
@Service("categoryService")
public class StandInCategoryService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    public Category getById(Long id) {
        return entityManager.find(Category.class, id);
    }

    public List<Category> listByStore(MerchantStore store) {
        return entityManager.createQuery("select c from Category c where c.merchantStore.id = :store"
                + " order by c.depth, c.sortOrder, c.id", Category.class)
                .setParameter("store", store.getId())
                .getResultList();
    }

    /** The ids of the category and all its descendants. */
    public List<Long> listLineageIds(Long categoryId) {
        return entityManager.createQuery("select c.id from Category c where c.lineage like :lineage", Long.class)
                .setParameter("lineage", "%/" + categoryId + "/%")
                .getResultList();
    }

    /** The category's descendants, parents before children. */
    public List<Category> listDescendants(Category category) {
        return entityManager.createQuery("select c from Category c where c.lineage like :lineage and c.id <> :id"
                + " order by c.depth, c.sortOrder, c.id", Category.class)
                .setParameter("lineage", category.getLineage() + "%")
                .setParameter("id", category.getId())
                .getResultList();
    }

    /** The store's category with a description of this friendly URL, or {@code null}. */
    public Category getBySeUrl(MerchantStore store, String friendlyUrl) {
        List<Category> categories = entityManager.createQuery("select distinct c from Category c join c.descriptions d"
                + " where c.merchantStore.id = :store and d.seUrl = :url", Category.class)
                .setParameter("store", store.getId())
                .setParameter("url", friendlyUrl)
                .getResultList();
        return categories.isEmpty() ? null : categories.get(0);
    }

    /** The store's categories the product is filed under directly. */
    public List<Category> listByProduct(Long productId, MerchantStore store) {
        return entityManager.createQuery("select c from Product p join p.categories c where p.id = :product"
                + " and c.merchantStore.id = :store order by c.id", Category.class)
                .setParameter("product", productId)
                .setParameter("store", store.getId())
                .getResultList();
    }

    /** Persists the category, then sets its depth and lineage below its parent. */
    public void create(Category category) {
        entityManager.persist(category);
        Category parent = category.getParent();
        category.setDepth(parent == null ? 0 : parent.getDepth() + 1);
        category.setLineage((parent == null ? "/" : parent.getLineage()) + category.getId() + "/");
    }

    /** Deletes a category with no sub-category, taking it out of its products first. */
    public void delete(long id) {
        Category category = getById(id);
        if (category == null) {
            throw new UnknownResourceException("Category " + id + " not found");
        }
        entityManager.createQuery("select p from Product p join p.categories c where c.id = :id", Product.class)
                .setParameter("id", id).getResultList().forEach(product -> product.getCategories().remove(category));
        entityManager.remove(category);
    }
}
