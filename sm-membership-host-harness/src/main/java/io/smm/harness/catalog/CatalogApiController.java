package io.smm.harness.catalog;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.category.ReadableCategory;
import com.salesmanager.shop.model.catalog.category.ReadableCategoryList;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;
import com.salesmanager.shop.model.entity.ListCriteria;

/**
 * The host's public catalog endpoints ({@code ProductApi}, {@code CategoryApi}), each delegating to the facade
 * bean the host uses so that aspects on {@code productFacade}, {@code productCommonFacade} and
 * {@code categoryFacade} apply. A product not found by friendly URL is a {@code sendError(404)}, as on the host.
 */
@RestController
@RequestMapping("/api/v1")
class CatalogApiController {

    private static final int DEFAULT_CATEGORY_DEPTH = 0;

    private final StandInProductFacade productFacade;
    private final StandInProductCommonFacade productCommonFacade;
    private final StandInCategoryFacade categoryFacade;

    CatalogApiController(StandInProductFacade productFacade, StandInProductCommonFacade productCommonFacade,
            StandInCategoryFacade categoryFacade) {
        this.productFacade = productFacade;
        this.productCommonFacade = productCommonFacade;
        this.categoryFacade = categoryFacade;
    }

    @GetMapping("/products")
    public ReadableProductList list(ProductListQuery query, MerchantStore store, Language language)
            throws ServiceException {
        return productFacade.getProductListsByCriterias(store, language, query.toCriteria(language));
    }

    @GetMapping("/product/{id}")
    public ReadableProduct get(@PathVariable Long id, MerchantStore store, Language language)
            throws ServiceException {
        return productCommonFacade.getProduct(store, id, language);
    }

    @GetMapping({"/product/slug/{friendlyUrl}", "/product/friendly/{friendlyUrl}"})
    public ReadableProduct getByFriendlyUrl(@PathVariable String friendlyUrl, MerchantStore store,
            Language language, HttpServletResponse response) throws ServiceException, IOException {
        ReadableProduct product = productFacade.getProductBySeUrl(store, friendlyUrl, language);
        if (product == null) {
            response.sendError(404, "Product not fount for id " + friendlyUrl);
        }
        return product;
    }

    @GetMapping("/category/{id}")
    public ReadableCategory category(@PathVariable Long id, MerchantStore store, Language language) {
        return categoryFacade.getById(store, id, language);
    }

    @GetMapping("/category/name/{friendlyUrl}")
    public ReadableCategory categoryByFriendlyUrl(@PathVariable String friendlyUrl, MerchantStore store,
            Language language) {
        return categoryFacade.getCategoryByFriendlyUrl(store, friendlyUrl, language);
    }

    @GetMapping("/category/product/{productId}")
    public ReadableCategoryList categoriesOfProduct(@PathVariable Long productId, MerchantStore store,
            Language language) {
        return categoryFacade.listByProduct(store, productId, language);
    }

    @GetMapping("/category")
    public ReadableCategoryList categories(@RequestParam(value = "filter", required = false) List<String> filter,
            @RequestParam(value = "name", required = false) String name,
            @RequestParam(value = "page", required = false, defaultValue = "0") Integer page,
            @RequestParam(value = "count", required = false, defaultValue = "10") Integer count,
            MerchantStore store, Language language) {
        ListCriteria criteria = new ListCriteria();
        criteria.setName(name);
        return categoryFacade.getCategoryHierarchy(store, criteria, DEFAULT_CATEGORY_DEPTH, language, filter, page,
                count);
    }
}
