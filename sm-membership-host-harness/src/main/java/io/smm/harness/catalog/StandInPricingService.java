package io.smm.harness.catalog;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.attribute.ProductAttribute;
import com.salesmanager.core.model.catalog.product.availability.ProductAvailability;
import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.catalog.product.price.ProductPrice;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;

/**
 * Bean {@code pricingService} with the host's method names: every call returns a new {@link FinalPrice}
 * built from the prices of the product's availabilities with region {@code "*"} (default price first, the
 * others in {@code additionalPrices}), applying the host's special-price rule. Not transactional; the
 * {@code Customer} overloads ignore the customer, as on the host. Prices of a product's default attributes
 * are not added (the stand-in creates no attributes); explicitly passed attributes are.
 */
@Service("pricingService")
public class StandInPricingService {

    private static final String ALL_REGIONS = "*";

    public FinalPrice calculateProductPrice(Product product) throws ServiceException {
        return finalPrice(product, List.of());
    }

    public FinalPrice calculateProductPrice(Product product, Customer customer) throws ServiceException {
        return finalPrice(product, List.of());
    }

    public FinalPrice calculateProductPrice(Product product, List<ProductAttribute> attributes)
            throws ServiceException {
        return finalPrice(product, attributes);
    }

    public FinalPrice calculateProductPrice(Product product, List<ProductAttribute> attributes, Customer customer)
            throws ServiceException {
        return finalPrice(product, attributes);
    }

    /**
     * The amount in the store's currency: the store's own locale when its format is national, otherwise the
     * JVM's default locale (so a CAD store shows {@code CA$10.00} on an English JVM), as on the host.
     */
    public String getDisplayAmount(BigDecimal amount, MerchantStore store) {
        Locale locale = store.isCurrencyFormatNational()
                ? new Locale(store.getDefaultLanguage().getCode(), store.getCountry().getIsoCode())
                : Locale.getDefault();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(store.getCurrency().getCurrency());
        return format.format(amount);
    }

    private static FinalPrice finalPrice(Product product, List<ProductAttribute> attributes)
            throws ServiceException {
        FinalPrice defaultPrice = null;
        List<FinalPrice> otherPrices = new ArrayList<>();
        for (ProductAvailability availability : product.getAvailabilities()) {
            if (!ALL_REGIONS.equals(availability.getRegion())) {
                continue;
            }
            for (ProductPrice price : availability.getPrices()) {
                FinalPrice finalPrice = SpecialPriceRule.apply(price);
                if (price.isDefaultPrice()) {
                    defaultPrice = finalPrice;
                } else {
                    otherPrices.add(finalPrice);
                }
            }
        }
        FinalPrice result = defaultPrice != null ? defaultPrice : otherPrices.stream().findFirst().orElseThrow(
                () -> new ServiceException(ServiceException.EXCEPTION_VALIDATION, "No inventory available to"
                        + " calculate the price. Availability should contain at least a region set to *", "price"));
        if (defaultPrice != null && !otherPrices.isEmpty()) {
            result.setAdditionalPrices(otherPrices);
        }
        addAttributePrices(result, attributes);
        return result;
    }

    private static void addAttributePrices(FinalPrice price, List<ProductAttribute> attributes) {
        BigDecimal extra = attributes.stream()
                .map(ProductAttribute::getProductAttributePrice)
                .filter(amount -> amount != null && amount.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (extra.signum() == 0) {
            return;
        }
        price.setFinalPrice(price.getFinalPrice().add(extra));
        price.setOriginalPrice(price.getOriginalPrice().add(extra));
        if (price.getDiscountedPrice() != null) {
            price.setDiscountedPrice(price.getDiscountedPrice().add(extra));
        }
    }
}
