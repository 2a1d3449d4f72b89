package io.smm.harness.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.category.CategoryDescription;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.category.ReadableCategory;
import com.salesmanager.shop.model.catalog.category.ReadableCategoryList;
import com.salesmanager.shop.model.catalog.product.attribute.ReadableProductVariant;
import com.salesmanager.shop.model.entity.ListCriteria;

import io.smm.harness.web.ConversionFailedException;
import io.smm.harness.web.ResourceNotFoundException;

/**
 * Bean {@code categoryFacade}, the host's seam behind {@code GET /api/v1/category} (the store's root categories
 * with their children nested; paging applies to the roots; filters and depth are accepted and ignored),
 * {@code /category/{id}} (with its descendants nested), {@code /category/name/{friendlyUrl}} (without children)
 * {@code /category/product/{id}} and {@code /api/v2/category/{id}/variations}.
 */
@Component("categoryFacade")
public class StandInCategoryFacade {

    private final StandInCategoryService categoryService;

    public StandInCategoryFacade(StandInCategoryService categoryService) {
        this.categoryService = categoryService;
    }

    public ReadableCategoryList getCategoryHierarchy(MerchantStore store, ListCriteria criteria, int depth,
            Language language, List<String> filter, int page, int count) {
        Map<Long, ReadableCategory> byId = new HashMap<>();
        List<ReadableCategory> roots = new ArrayList<>();
        for (Category category : categoryService.listByStore(store)) {
            ReadableCategory readable = toReadable(category, store, language);
            byId.put(category.getId(), readable);
            if (category.getParent() == null) {
                roots.add(readable);
            } else {
                byId.get(category.getParent().getId()).getChildren().add(readable);
            }
        }
        int from = Math.min(page * count, roots.size());
        List<ReadableCategory> pageOfRoots = roots.subList(from, Math.min(from + count, roots.size()));
        ReadableCategoryList list = new ReadableCategoryList();
        list.setCategories(new ArrayList<>(pageOfRoots));
        list.setRecordsTotal(roots.size());
        list.setRecordsFiltered(pageOfRoots.size());
        list.setNumber(pageOfRoots.size());
        list.setTotalPages(count == 0 ? 0 : (roots.size() + count - 1) / count);
        return list;
    }

    /**
     * The category with its descendants nested; like the host, any store's category.
     *
     * @throws ResourceNotFoundException (404) for an unknown id
     */
    public ReadableCategory getById(MerchantStore store, Long id, Language language) {
        Category category = categoryService.getById(id);
        if (category == null) {
            throw new ResourceNotFoundException("Category id [" + id + "] not found");
        }
        Map<Long, ReadableCategory> byId = new HashMap<>();
        ReadableCategory readable = toReadable(category, store, language);
        byId.put(id, readable);
        for (Category child : categoryService.listDescendants(category)) {
            ReadableCategory readableChild = toReadable(child, store, language);
            byId.put(child.getId(), readableChild);
            byId.get(child.getParent().getId()).getChildren().add(readableChild);
        }
        return readable;
    }

    /**
     * The store's category with this friendly URL, without children.
     *
     * @throws ConversionFailedException (500, as the host's populator refusing null) when none has it
     */
    public ReadableCategory getCategoryByFriendlyUrl(MerchantStore store, String friendlyUrl, Language language) {
        Category category = categoryService.getBySeUrl(store, friendlyUrl);
        if (category == null) {
            throw new ConversionFailedException("Category must not be null");
        }
        return toReadable(category, store, language);
    }

    /** The product's categories in the store; an unknown product has none. */
    public ReadableCategoryList listByProduct(MerchantStore store, Long product, Language language) {
        List<ReadableCategory> categories = categoryService.listByProduct(product, store).stream()
                .map(category -> toReadable(category, store, language))
                .collect(Collectors.toList());
        ReadableCategoryList list = new ReadableCategoryList();
        list.setCategories(categories);
        list.setTotalPages(1);
        list.setNumber(categories.size());
        list.setRecordsTotal(categories.size());
        return list;
    }

    /**
     * The option values of the products in the category and below: always none here, the stand-in has no
     * product options.
     *
     * @throws ResourceNotFoundException (404) when the store has no such category
     */
    public List<ReadableProductVariant> categoryProductVariants(Long categoryId, MerchantStore store,
            Language language) {
        Category category = categoryService.getById(categoryId);
        if (category == null || !category.getMerchantStore().getId().equals(store.getId())) {
            throw new ResourceNotFoundException("Category [" + categoryId + "] not found");
        }
        return new ArrayList<>();
    }

    private static ReadableCategory toReadable(Category category, MerchantStore store, Language language) {
        ReadableCategory readable = new ReadableCategory();
        readable.setId(category.getId());
        readable.setCode(category.getCode());
        readable.setDepth(category.getDepth());
        readable.setLineage(category.getLineage());
        readable.setVisible(category.isVisible());
        readable.setStore(store.getCode());
        if (category.getParent() != null) {
            com.salesmanager.shop.model.catalog.category.Category parent =
                    new com.salesmanager.shop.model.catalog.category.Category();
            parent.setId(category.getParent().getId());
            parent.setCode(category.getParent().getCode());
            readable.setParent(parent);
        }
        readable.setChildren(new ArrayList<>());
        category.getDescriptions().stream()
                .filter(d -> d.getLanguage().getId().equals(language.getId()))
                .findFirst()
                .map(StandInCategoryFacade::description)
                .ifPresent(readable::setDescription);
        return readable;
    }

    private static com.salesmanager.shop.model.catalog.category.CategoryDescription description(
            CategoryDescription description) {
        com.salesmanager.shop.model.catalog.category.CategoryDescription readable =
                new com.salesmanager.shop.model.catalog.category.CategoryDescription();
        readable.setId(description.getId());
        readable.setName(description.getName());
        readable.setFriendlyUrl(description.getSeUrl());
        readable.setLanguage(description.getLanguage().getCode());
        return readable;
    }
}
