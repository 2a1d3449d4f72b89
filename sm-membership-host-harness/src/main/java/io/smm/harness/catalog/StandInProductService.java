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

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.manufacturer.Manufacturer;
import com.salesmanager.core.model.catalog.product.relationship.ProductRelationship;
import com.salesmanager.core.model.catalog.product.review.ProductReview;
import com.salesmanager.core.model.catalog.product.ProductCriteria;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;

import io.smm.harness.core.TransactionalAspectAwareService;
import io.smm.harness.search.StandInSearchModule;
import io.smm.harness.web.UnknownResourceException;

/**
 * Bean {@code productService}: products by id, sku or friendly URL, the store's paged product list, and what
 * hangs off a product as the host's {@code productRelationshipService}, {@code productReviewService} and
 * {@code manufacturerService} keep it: relationships (related items, groups), reviews, manufacturers. Saving a
 * product indexes it in the search module and deleting it takes it out, as the host's product listeners do.
 */
@Service("productService")
public class StandInProductService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    private final StandInSearchModule searchModule;

    public StandInProductService(StandInSearchModule searchModule) {
        this.searchModule = searchModule;
    }

    public Product getById(Long id) {
        return entityManager.find(Product.class, id);
    }

    public Manufacturer getManufacturer(Long id) {
        return entityManager.find(Manufacturer.class, id);
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

    /** The store's product whose description in this language has the friendly URL, or {@code null}. */
    public Product getBySeUrl(MerchantStore store, String friendlyUrl, Language language) {
        List<Product> products = entityManager.createQuery("select distinct p from Product p join p.descriptions d"
                + " where d.seUrl = :url and d.language.id = :language and p.merchantStore.id = :store", Product.class)
                .setParameter("url", friendlyUrl)
                .setParameter("language", language.getId())
                .setParameter("store", store.getId())
                .getResultList();
        return products.isEmpty() ? null : products.get(0);
    }

    /** The products related to {@code product} by relationships of this code ({@code RELATED_ITEM}...). */
    public List<Product> listRelated(MerchantStore store, Product product, String code) {
        return entityManager.createQuery("select r.relatedProduct from ProductRelationship r where r.store.id = :store"
                + " and r.product = :product and r.code = :code order by r.id", Product.class)
                .setParameter("store", store.getId())
                .setParameter("product", product)
                .setParameter("code", code)
                .getResultList();
    }

    /** The ids of the products of the store's group (a relationship without product, code = the group's). */
    public List<Long> listGroupProductIds(MerchantStore store, String group) {
        return entityManager.createQuery("select r.relatedProduct.id from ProductRelationship r"
                + " where r.store.id = :store and r.product is null and r.code = :code and r.relatedProduct is not null"
                + " order by r.id", Long.class)
                .setParameter("store", store.getId())
                .setParameter("code", group)
                .getResultList();
    }

    /** The store's products with these ids, ordered by id. */
    public List<Product> listByIds(MerchantStore store, List<Long> ids) {
        return entityManager.createQuery("select p from Product p where p.merchantStore.id = :store"
                + " and p.id in :ids order by p.id", Product.class)
                .setParameter("store", store.getId())
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<ProductReview> listReviews(Product product) {
        return entityManager.createQuery("select r from ProductReview r where r.product = :product order by r.id",
                ProductReview.class)
                .setParameter("product", product)
                .getResultList();
    }

    /**
     * The manufacturers of the store's products filed in the category or below it (lineage contains the
     * category's lineage), as the host's {@code findByProductInCategoryId}, ordered by code.
     */
    public List<Manufacturer> listManufacturersInCategory(MerchantStore store, Category category) {
        return entityManager.createQuery("select distinct m from Product p join p.manufacturer m join p.categories c"
                + " where p.merchantStore.id = :store and c.lineage like :lineage order by m.code", Manufacturer.class)
                .setParameter("store", store.getId())
                .setParameter("lineage", category.getLineage() + "%")
                .getResultList();
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

    /** Persists the product, then indexes it. */
    public void create(Product product) throws ServiceException {
        entityManager.persist(product);
        searchModule.index(product);
    }

    /** Persists an image, review, relationship or manufacturer of a product. */
    public void createPart(Object part) {
        entityManager.persist(part);
    }

    /** Deletes the product with its reviews and its places in groups and related items, and unindexes it. */
    public void delete(long id) {
        Product product = getById(id);
        if (product == null) {
            throw new UnknownResourceException("Product " + id + " not found");
        }
        listReviews(product).forEach(entityManager::remove);
        entityManager.createQuery("select r from ProductRelationship r where r.relatedProduct = :product",
                ProductRelationship.class)
                .setParameter("product", product)
                .getResultList()
                .forEach(entityManager::remove);
        entityManager.remove(product);
        searchModule.remove(id);
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
