package io.smm.harness.catalog;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.manufacturer.ReadableManufacturer;

import io.smm.harness.web.ResourceNotFoundException;

/** Bean {@code manufacturerFacade}, the host's seam behind {@code GET /api/v1/category/{id}/manufacturer}. */
@Component("manufacturerFacade")
public class StandInManufacturerFacade {

    private final StandInCategoryService categoryService;
    private final StandInProductService productService;

    public StandInManufacturerFacade(StandInCategoryService categoryService, StandInProductService productService) {
        this.categoryService = categoryService;
        this.productService = productService;
    }

    /**
     * The manufacturers of the products in the category or below it, by code.
     *
     * @throws ResourceNotFoundException (404) when the store has no such category
     */
    public List<ReadableManufacturer> getByProductInCategory(MerchantStore store, Language language,
            Long categoryId) {
        Category category = categoryService.getById(categoryId);
        if (category == null || !category.getMerchantStore().getId().equals(store.getId())) {
            throw new ResourceNotFoundException("Category with id [" + categoryId + "] not found");
        }
        return productService.listManufacturersInCategory(store, category).stream()
                .map(manufacturer -> ProductViews.manufacturer(manufacturer, language))
                .collect(Collectors.toList());
    }
}
