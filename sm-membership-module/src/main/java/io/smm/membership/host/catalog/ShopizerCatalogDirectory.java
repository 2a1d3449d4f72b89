package io.smm.membership.host.catalog;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ReflectionUtils;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;

import io.smm.membership.host.web.HostRequest;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.ProductFacts;

/**
 * Reads the host's {@code Product} and {@code Category} entities by id and store
 * (docs/host-seams.md#host-tables-we-read), and prices a product with the host's own bean {@code pricingService}
 * ({@code calculateProductPrice(Product)}, bound by name: its interface is not published).
 */
public class ShopizerCatalogDirectory implements CatalogDirectory {

    @PersistenceContext
    private EntityManager entityManager;

    private final ObjectProvider<Object> pricingService;

    public ShopizerCatalogDirectory(ObjectProvider<Object> pricingService) {
        this.pricingService = pricingService;
    }

    @Override
    public Optional<ProductFacts> productFacts(String storeCode, long productId) {
        List<Product> found = entityManager
                .createQuery("select p from Product p where p.id = :id and p.merchantStore.code = :store", Product.class)
                .setParameter("id", productId).setParameter("store", storeCode).getResultList();
        return found.stream().findFirst()
                .map(product -> MemberPriceAdvice.facts(product, HostRequest.current()
                        .map(request -> MemberPriceAdvice.notesOf(request).withHostPrices(() -> hostPrice(product)))
                        .orElseGet(() -> hostPrice(product))));
    }

    private FinalPrice hostPrice(Product product) {
        Object service = pricingService.getObject();
        Method calculate = ReflectionUtils.findMethod(service.getClass(), "calculateProductPrice", Product.class);
        if (calculate == null) {
            throw new IllegalStateException("Host bean pricingService has no calculateProductPrice(Product)");
        }
        return (FinalPrice) ReflectionUtils.invokeMethod(calculate, service, product);
    }

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
