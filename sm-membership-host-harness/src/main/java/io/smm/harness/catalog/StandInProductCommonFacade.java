package io.smm.harness.catalog;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;

import io.smm.harness.web.UnknownResourceException;

/** Bean {@code productCommonFacade}, the host's seam behind {@code GET /api/v1/product/{id}}. */
@Component("productCommonFacade")
public class StandInProductCommonFacade {

    private final StandInProductService productService;
    private final ProductViews views;

    public StandInProductCommonFacade(StandInProductService productService, ProductViews views) {
        this.productService = productService;
        this.views = views;
    }

    /**
     * The store's product.
     *
     * @throws UnknownResourceException (404) when no product of this store has the id
     */
    public ReadableProduct getProduct(MerchantStore store, Long id, Language language) throws ServiceException {
        Product product = productService.getById(id);
        if (product == null || !product.getMerchantStore().getId().equals(store.getId())) {
            // the host's text: its product service finds only the store's products
            throw new UnknownResourceException("Product [" + id + "] not found");
        }
        return views.toReadable(product, store, language);
    }
}
