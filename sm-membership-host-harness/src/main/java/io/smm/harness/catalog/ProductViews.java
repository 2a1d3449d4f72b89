package io.smm.harness.catalog;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.availability.ProductAvailability;
import com.salesmanager.core.model.catalog.product.description.ProductDescription;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.category.ReadableCategory;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductPrice;

/**
 * Turns products into the host's {@link ReadableProduct} JSON, calling {@code pricingService} once per product
 * (as the host's populator does): {@code price} = final price, {@code finalPrice}/{@code originalPrice} display
 * strings, {@code discounted}, {@code productPrice}.
 */
@Component
public class ProductViews {

    private final StandInPricingService pricingService;

    public ProductViews(StandInPricingService pricingService) {
        this.pricingService = pricingService;
    }

    public ReadableProduct toReadable(Product product, MerchantStore store, Language language)
            throws ServiceException {
        ReadableProduct readable = new ReadableProduct();
        fill(readable, product, pricingService.calculateProductPrice(product), store, language);
        return readable;
    }

    /** Copies the product's identity, description, stock and the given price into {@code target}. */
    public <T extends ReadableProduct> T fill(T target, Product product, FinalPrice price, MerchantStore store,
            Language language) {
        target.setId(product.getId());
        target.setSku(product.getSku());
        target.setAvailable(product.isAvailable());
        target.setVisible(true);
        target.setDescription(description(product, language));
        target.setQuantity(quantity(product));
        target.setCategories(product.getCategories().stream().map(ProductViews::category)
                .collect(Collectors.toList()));
        target.setPrice(price.getFinalPrice());
        target.setFinalPrice(pricingService.getDisplayAmount(price.getFinalPrice(), store));
        target.setOriginalPrice(pricingService.getDisplayAmount(price.getOriginalPrice(), store));
        target.setDiscounted(price.isDiscounted());
        ReadableProductPrice productPrice = new ReadableProductPrice();
        productPrice.setId(price.getProductPrice().getId());
        productPrice.setFinalPrice(target.getFinalPrice());
        productPrice.setOriginalPrice(target.getOriginalPrice());
        productPrice.setDiscounted(price.isDiscounted());
        target.setProductPrice(productPrice);
        return target;
    }

    private static com.salesmanager.shop.model.catalog.product.ProductDescription description(Product product,
            Language language) {
        com.salesmanager.shop.model.catalog.product.ProductDescription readable =
                new com.salesmanager.shop.model.catalog.product.ProductDescription();
        ProductDescription description = product.getDescriptions().stream()
                .filter(d -> d.getLanguage().getId().equals(language.getId()))
                .findFirst()
                .orElse(product.getProductDescription());
        if (description != null) {
            readable.setId(description.getId());
            readable.setName(description.getName());
            readable.setDescription(description.getDescription());
            readable.setFriendlyUrl(description.getSeUrl());
            readable.setLanguage(description.getLanguage().getCode());
        }
        return readable;
    }

    private static int quantity(Product product) {
        return product.getAvailabilities().stream()
                .map(ProductAvailability::getProductQuantity)
                .filter(quantity -> quantity != null)
                .findFirst()
                .orElse(0);
    }

    private static ReadableCategory category(Category category) {
        ReadableCategory readable = new ReadableCategory();
        readable.setId(category.getId());
        readable.setCode(category.getCode());
        return readable;
    }
}
