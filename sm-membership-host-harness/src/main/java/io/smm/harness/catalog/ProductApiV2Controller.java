package io.smm.harness.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;
import com.salesmanager.shop.model.catalog.product.attribute.ReadableProductVariant;

/**
 * The host's {@code ProductApiV2} (public part), delegating to bean {@code productFacadeV2}, and
 * {@code ProductVariationApi}'s category variations, delegating to bean {@code categoryFacade}.
 */
@RestController
@RequestMapping("/api/v2")
class ProductApiV2Controller {

    private final StandInProductFacadeV2 productFacadeV2;
    private final StandInCategoryFacade categoryFacade;

    ProductApiV2Controller(StandInProductFacadeV2 productFacadeV2, StandInCategoryFacade categoryFacade) {
        this.productFacadeV2 = productFacadeV2;
        this.categoryFacade = categoryFacade;
    }

    @GetMapping("/products")
    public ReadableProductList list(ProductListQuery query, MerchantStore store, Language language)
            throws ServiceException {
        return productFacadeV2.getProductListsByCriterias(store, language, query.toCriteria(language));
    }

    @GetMapping("/product/{sku}")
    public ReadableProduct get(@PathVariable String sku, MerchantStore store, Language language)
            throws ServiceException {
        return productFacadeV2.getProductByCode(store, sku, language);
    }

    @GetMapping({"/product/slug/{friendlyUrl}", "/product/friendly/{friendlyUrl}"})
    public ReadableProduct getByFriendlyUrl(@PathVariable String friendlyUrl, MerchantStore store,
            Language language) throws ServiceException {
        return productFacadeV2.getProductBySeUrl(store, friendlyUrl, language);
    }

    @GetMapping("/category/{id}/variations")
    public List<ReadableProductVariant> variations(@PathVariable Long id, MerchantStore store, Language language) {
        return categoryFacade.categoryProductVariants(id, store, language);
    }
}
