package io.smm.harness.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.availability.ProductAvailability;
import com.salesmanager.core.model.catalog.product.description.ProductDescription;
import com.salesmanager.core.model.catalog.product.image.ProductImage;
import com.salesmanager.core.model.catalog.product.manufacturer.Manufacturer;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.category.ReadableCategory;
import com.salesmanager.shop.model.catalog.manufacturer.ReadableManufacturer;
import com.salesmanager.shop.model.catalog.product.ReadableImage;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;
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
        if (product.getManufacturer() != null) {
            target.setManufacturer(manufacturer(product.getManufacturer(), language));
        }
        List<ReadableImage> images = product.getImages().stream().map(ProductViews::image)
                .sorted(Comparator.comparing(ReadableImage::getId)).collect(Collectors.toList());
        target.setImages(images);
        images.stream().filter(ReadableImage::isDefaultImage).findFirst().ifPresent(target::setImage);
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

    /** Products as the host lists them, each priced once; counts as for an unpaged list. */
    public ReadableProductList toList(List<Product> products, MerchantStore store, Language language)
            throws ServiceException {
        ReadableProductList list = new ReadableProductList();
        for (Product product : products) {
            list.getProducts().add(toReadable(product, store, language));
        }
        list.setNumber(products.size());
        list.setRecordsTotal(products.size());
        return list;
    }

    /** An image as the host's image mapper shows it: id, file name, URL path, type, default flag. */
    public static ReadableImage image(ProductImage image) {
        ReadableImage readable = new ReadableImage();
        readable.setId(image.getId());
        readable.setImageName(image.getProductImage());
        readable.setImageUrl("/static/products/" + image.getProduct().getMerchantStore().getCode() + "/"
                + image.getProduct().getSku() + "/" + image.getProductImage());
        readable.setImageType(image.getImageType());
        readable.setDefaultImage(image.isDefaultImage());
        return readable;
    }

    /** A manufacturer with its code and its name in the language (or its first name). */
    public static ReadableManufacturer manufacturer(Manufacturer manufacturer, Language language) {
        ReadableManufacturer readable = new ReadableManufacturer();
        readable.setId(manufacturer.getId());
        readable.setCode(manufacturer.getCode());
        manufacturer.getDescriptions().stream()
                .filter(d -> d.getLanguage().getId().equals(language.getId()))
                .findFirst()
                .or(() -> manufacturer.getDescriptions().stream().findFirst())
                .ifPresent(d -> {
                    com.salesmanager.shop.model.catalog.manufacturer.ManufacturerDescription description =
                            new com.salesmanager.shop.model.catalog.manufacturer.ManufacturerDescription();
                    description.setId(d.getId());
                    description.setName(d.getName());
                    description.setLanguage(d.getLanguage().getCode());
                    readable.setDescription(description);
                });
        return readable;
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
