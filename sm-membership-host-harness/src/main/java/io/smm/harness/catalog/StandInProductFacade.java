package io.smm.harness.catalog;

import java.util.List;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.ProductCriteria;
import com.salesmanager.core.model.catalog.product.relationship.ProductRelationshipType;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;

/**
 * Bean {@code productFacade}, the host's seam behind {@code GET /api/v1/products} (a single requested category is
 * expanded to its lineage before the paged query, as the host does), {@code /api/v1/product/slug/{friendlyUrl}}
 * and {@code /api/v1/product/{id}/related}.
 */
@Component("productFacade")
public class StandInProductFacade {

    private final ProductListing listing;
    private final StandInProductService productService;
    private final ProductViews views;

    StandInProductFacade(ProductListing listing, StandInProductService productService, ProductViews views) {
        this.listing = listing;
        this.productService = productService;
        this.views = views;
    }

    public ReadableProductList getProductListsByCriterias(MerchantStore store, Language language,
            ProductCriteria criteria) throws ServiceException {
        ReadableProductList list = listing.page(store, language, criteria);
        list.setRecordsFiltered(list.getProducts().size());
        return list;
    }

    /** The store's product with this friendly URL in the language, or {@code null} (the API then sends 404). */
    public ReadableProduct getProductBySeUrl(MerchantStore store, String friendlyUrl, Language language)
            throws ServiceException {
        Product product = productService.getBySeUrl(store, friendlyUrl, language);
        return product == null ? null : views.toReadable(product, store, language);
    }

    /** The product's related items ({@code RELATED_ITEM}), or {@code null} when it has none, as on the host. */
    public List<ReadableProduct> relatedItems(MerchantStore store, Product product, Language language)
            throws ServiceException {
        List<Product> related = productService.listRelated(store, product, ProductRelationshipType.RELATED_ITEM.name());
        return related.isEmpty() ? null : views.toList(related, store, language).getProducts();
    }
}
