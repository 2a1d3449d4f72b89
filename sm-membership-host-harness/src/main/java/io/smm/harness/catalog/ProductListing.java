package io.smm.harness.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.ProductCriteria;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;

/**
 * One page of the product listing as both host facades build it: a single requested category is expanded to its
 * lineage before the paged query. Each facade bean keeps its own name for the aspects.
 */
@Component
class ProductListing {

    private final StandInProductService productService;
    private final StandInCategoryService categoryService;
    private final ProductViews views;

    ProductListing(StandInProductService productService, StandInCategoryService categoryService,
            ProductViews views) {
        this.productService = productService;
        this.categoryService = categoryService;
        this.views = views;
    }

    ReadableProductList page(MerchantStore store, Language language, ProductCriteria criteria)
            throws ServiceException {
        if (criteria.getCategoryIds() != null && criteria.getCategoryIds().size() == 1) {
            criteria.setCategoryIds(categoryService.listLineageIds(criteria.getCategoryIds().get(0)));
        }
        Page<Product> page = productService.listByStore(store, language, criteria);
        List<ReadableProduct> products = new ArrayList<>();
        for (Product product : page.getContent()) {
            products.add(views.toReadable(product, store, language));
        }
        ReadableProductList list = new ReadableProductList();
        list.setProducts(products);
        list.setRecordsTotal(page.getTotalElements());
        list.setNumber(products.size());
        list.setTotalPages(page.getTotalPages());
        return list;
    }
}
