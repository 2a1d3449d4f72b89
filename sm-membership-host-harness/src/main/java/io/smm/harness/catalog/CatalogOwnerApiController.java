package io.smm.harness.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.web.UnknownResourceException;

/**
 * The host's admin endpoints that create and delete categories and products ({@code CategoryApi},
 * {@code ProductApiV2}), with the fields of their bodies that a script creating its own catalog sends: a category's
 * code, parent (by id or code) and English name; a product's sku, price, stock, categories (by id or code) and
 * English name. Each answers the new row's id.
 */
@RestController
class CatalogOwnerApiController {

    private final StandInCatalog catalog;
    private final StandInCategoryService categories;
    private final StandInProductService products;

    CatalogOwnerApiController(StandInCatalog catalog, StandInCategoryService categories,
            StandInProductService products) {
        this.catalog = catalog;
        this.categories = categories;
        this.products = products;
    }

    @PostMapping("/api/v1/private/category")
    Map<String, Object> createCategory(@RequestBody Map<String, Object> body, MerchantStore store) {
        Long parent = body.get("parent") instanceof Map ? categoryId(store, (Map<?, ?>) body.get("parent")) : null;
        String code = (String) body.get("code");
        Long id = catalog.createCategory(store.getCode(), code, englishName(body, code), parent);
        return Map.of("id", id, "code", code);
    }

    @DeleteMapping("/api/v1/private/category/{id}")
    @ResponseStatus(HttpStatus.OK)
    void deleteCategory(@PathVariable long id) {
        categories.delete(id);
    }

    @PostMapping("/api/v2/private/product")
    Map<String, Object> createProduct(@RequestBody Map<String, Object> body, MerchantStore store) {
        String sku = (String) (body.get("sku") != null ? body.get("sku") : body.get("identifier"));
        List<Long> categoryIds = new ArrayList<>();
        if (body.get("categories") instanceof List) {
            for (Object category : (List<?>) body.get("categories")) {
                categoryIds.add(categoryId(store, (Map<?, ?>) category));
            }
        }
        NewProduct product = NewProduct.sku(sku).store(store.getCode()).name(englishName(body, sku))
                .price(String.valueOf(body.getOrDefault("price", "0")))
                .quantity(((Number) body.getOrDefault("quantity", 100)).intValue())
                .categories(categoryIds.toArray(new Long[0]));
        return Map.of("id", catalog.createProduct(product));
    }

    @DeleteMapping("/api/v2/private/product/{id}")
    @ResponseStatus(HttpStatus.OK)
    void deleteProduct(@PathVariable long id) {
        products.delete(id);
    }

    private Long categoryId(MerchantStore store, Map<?, ?> reference) {
        if (reference.get("id") != null) {
            return ((Number) reference.get("id")).longValue();
        }
        return categories.listByStore(store).stream().filter(c -> c.getCode().equals(reference.get("code")))
                .map(Category::getId).findFirst()
                .orElseThrow(() -> new UnknownResourceException("Category " + reference.get("code") + " not found"));
    }

    private static String englishName(Map<String, Object> body, String fallback) {
        if (body.get("descriptions") instanceof List) {
            for (Object description : (List<?>) body.get("descriptions")) {
                Map<?, ?> fields = (Map<?, ?>) description;
                if ("en".equals(fields.get("language")) && fields.get("name") != null) {
                    return (String) fields.get("name");
                }
            }
        }
        return fallback;
    }
}
