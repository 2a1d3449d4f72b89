package io.smm.harness.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import org.apache.commons.lang3.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.ProductCriteria;
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
    public ReadableProductList list(@RequestParam(value = "category", required = false) Long category,
            @RequestParam(value = "name", required = false) String name,
            @RequestParam(value = "sku", required = false) String sku,
            @RequestParam(value = "page", required = false, defaultValue = "0") Integer page,
            @RequestParam(value = "count", required = false, defaultValue = "100") Integer count,
            MerchantStore store, Language language) throws ServiceException {
        return productFacade.getProductListsByCriterias(store, language,
                criteria(category, name, sku, page, count, language));
    }

    /** The listing's criteria from its query parameters, for v1 and v2 alike. */
    static ProductCriteria criteria(Long category, String name, String sku, int page, int count, Language language) {
        ProductCriteria criteria = new ProductCriteria();
        criteria.setLanguage(language.getCode());
        if (category != null) {
            criteria.setCategoryIds(new ArrayList<>(List.of(category)));
        }
        if (!StringUtils.isBlank(name)) {
            criteria.setProductName(name);
        }
        if (!StringUtils.isBlank(sku)) {
            criteria.setCode(sku);
        }
        criteria.setStartPage(page);
        criteria.setMaxCount(count);
        return criteria;
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
