package io.smm.harness.catalog;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.ProductCriteria;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;

import io.smm.harness.web.ResourceNotFoundException;

/**
 * Bean {@code productFacadeV2}, the host's seam behind {@code GET /api/v2/products}, {@code /api/v2/product/{sku}}
 * and {@code /api/v2/product/slug/{friendlyUrl}}; unlike v1 it answers an unknown product with the host's
 * {@link ResourceNotFoundException} (404).
 */
@Component("productFacadeV2")
public class StandInProductFacadeV2 {

    private final ProductListing listing;
    private final StandInProductService productService;
    private final ProductViews views;

    StandInProductFacadeV2(ProductListing listing, StandInProductService productService, ProductViews views) {
        this.listing = listing;
        this.productService = productService;
        this.views = views;
    }

    public ReadableProductList getProductListsByCriterias(MerchantStore store, Language language,
            ProductCriteria criteria) throws ServiceException {
        return listing.page(store, language, criteria);
    }

    public ReadableProduct getProductByCode(MerchantStore store, String sku, Language language)
            throws ServiceException {
        return found(productService.getBySku(sku, store, language), sku, store, language);
    }

    public ReadableProduct getProductBySeUrl(MerchantStore store, String friendlyUrl, Language language)
            throws ServiceException {
        return found(productService.getBySeUrl(store, friendlyUrl, language), friendlyUrl, store, language);
    }

    private ReadableProduct found(Product product, String key, MerchantStore store, Language language)
            throws ServiceException {
        if (product == null) {
            throw new ResourceNotFoundException("Product [" + key + "] not found for merchant [" + store.getCode()
                    + "]");
        }
        return views.toReadable(product, store, language);
    }
}
