package io.smm.harness.catalog;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

import org.apache.commons.lang3.StringUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.ProductCriteria;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;

import io.smm.harness.core.TransactionalAspectAwareService;
import io.smm.harness.web.UnknownResourceException;

/** Bean {@code productService}: products by id or sku, and the store's paged product list. */
@Service("productService")
public class StandInProductService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    public Product getById(Long id) {
        return entityManager.find(Product.class, id);
    }

    /** The store's product with this sku, or {@code null}. */
    public Product getBySku(String sku, MerchantStore store, Language language) {
        List<Product> products = entityManager.createQuery(
                "select p from Product p where p.sku = :sku and p.merchantStore.id = :store", Product.class)
                .setParameter("sku", sku)
                .setParameter("store", store.getId())
                .getResultList();
        return products.isEmpty() ? null : products.get(0);
    }

    /**
     * One page of the store's products, ordered by id, filtered by the criteria's category ids (already
     * expanded to sub-categories), name ({@code productName}, contains) and sku ({@code code}).
     */
    public Page<Product> listByStore(MerchantStore store, Language language, ProductCriteria criteria) {
        String where = " from Product p where p.merchantStore.id = :store"
                + (criteria.getCategoryIds() == null ? ""
                        : " and exists (select c from Product q join q.categories c where q = p and c.id in :categories)")
                + (StringUtils.isBlank(criteria.getCode()) ? "" : " and p.sku = :sku")
                + (StringUtils.isBlank(criteria.getProductName()) ? ""
                        : " and exists (select d from ProductDescription d where d.product = p"
                                + " and lower(d.name) like :name)");
        TypedQuery<Long> count = bind(entityManager.createQuery("select count(p)" + where, Long.class), store,
                criteria);
        TypedQuery<Product> page = bind(entityManager.createQuery("select p" + where + " order by p.id",
                Product.class), store, criteria);
        int size = Math.max(criteria.getMaxCount(), 1);
        List<Product> products = page.setFirstResult(criteria.getStartPage() * size).setMaxResults(size)
                .getResultList();
        return new PageImpl<>(products, PageRequest.of(criteria.getStartPage(), size), count.getSingleResult());
    }

    public void create(Product product) {
        entityManager.persist(product);
    }

    public void delete(long id) {
        Product product = getById(id);
        if (product == null) {
            throw new UnknownResourceException("Product " + id + " not found");
        }
        entityManager.remove(product);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, MerchantStore store, ProductCriteria criteria) {
        query.setParameter("store", store.getId());
        if (criteria.getCategoryIds() != null) {
            query.setParameter("categories", criteria.getCategoryIds());
        }
        if (!StringUtils.isBlank(criteria.getCode())) {
            query.setParameter("sku", criteria.getCode());
        }
        if (!StringUtils.isBlank(criteria.getProductName())) {
            query.setParameter("name", "%" + criteria.getProductName().toLowerCase() + "%");
        }
        return query;
    }
}
