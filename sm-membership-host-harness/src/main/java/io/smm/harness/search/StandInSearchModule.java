package io.smm.harness.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.category.CategoryDescription;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.availability.ProductAvailability;
import com.salesmanager.core.model.catalog.product.description.ProductDescription;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.harness.catalog.StandInPricingService;

/**
 * Bean {@code searchModule}: the stand-in of the host's search index (OpenSearch behind {@code SearchModule}),
 * in memory. A product is indexed once per description when it is saved, with its first category's name and
 * its price at that moment; the index never learns of groups or later changes, exactly like the real one.
 */
@Component("searchModule")
public class StandInSearchModule {

    private final List<StandInSearchItem> items = new CopyOnWriteArrayList<>();
    private final StandInPricingService pricingService;

    public StandInSearchModule(StandInPricingService pricingService) {
        this.pricingService = pricingService;
    }

    public void index(Product product) throws ServiceException {
        List<Map<String, String>> inventory = List.of(inventory(product));
        for (ProductDescription description : product.getDescriptions()) {
            items.add(new StandInSearchItem(product.getId(), product.getMerchantStore().getCode().toLowerCase(),
                    description.getLanguage().getCode(), description.getName(),
                    categoryName(product, description), description.getSeUrl(), inventory));
        }
    }

    /** Takes every item of the product out of the index. */
    public void remove(long productId) {
        items.removeIf(item -> item.getId() == productId);
    }

    /** The store's items in the language whose name or category contains the word, {@code count} from {@code start}. */
    public List<StandInSearchItem> search(MerchantStore store, String language, String word, int start, int count) {
        return inStore(store, language)
                .filter(item -> item.matches(word))
                .skip(start)
                .limit(count <= 0 ? Long.MAX_VALUE : count)
                .collect(Collectors.toList());
    }

    /** Up to {@code max} names of the store's items in the language that contain the word. */
    public List<String> keywords(MerchantStore store, String language, String word, int max) {
        String lower = word.toLowerCase();
        return inStore(store, language)
                .map(StandInSearchItem::getName)
                .filter(name -> name != null && name.toLowerCase().contains(lower))
                .distinct()
                .limit(max)
                .collect(Collectors.toList());
    }

    private Stream<StandInSearchItem> inStore(MerchantStore store, String language) {
        String storeCode = store.getCode().toLowerCase();
        return items.stream()
                .filter(item -> item.getStore().equals(storeCode) && item.getLanguage().equals(language));
    }

    private Map<String, String> inventory(Product product) throws ServiceException {
        FinalPrice price = pricingService.calculateProductPrice(product);
        Map<String, String> inventory = new HashMap<>();
        inventory.put("SKU", product.getSku());
        inventory.put("QTY", String.valueOf(product.getAvailabilities().stream()
                .map(ProductAvailability::getProductQuantity).filter(q -> q != null).findFirst().orElse(0)));
        inventory.put("PRICE", price.getOriginalPrice().toPlainString());
        if (price.isDiscounted()) {
            inventory.put("DISCOUNT_PRICE", price.getFinalPrice().toPlainString());
        }
        return inventory;
    }

    private static String categoryName(Product product, ProductDescription description) {
        if (product.getCategories().isEmpty()) {
            return null;
        }
        Category first = product.getCategories().iterator().next();
        return first.getDescriptions().stream()
                .filter(d -> d.getLanguage().getId().equals(description.getLanguage().getId()))
                .map(CategoryDescription::getName)
                .findFirst()
                .orElse(null);
    }
}
