package io.smm.harness.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;

import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.catalog.product.price.ProductPrice;

/**
 * The host's special-price rule (ProductPriceUtils): a special amount applies when start &lt; now &lt; end,
 * or there is no start and end &gt; now, or there are no dates at all and the amount is positive.
 */
final class SpecialPriceRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SpecialPriceRule() {
    }

    static FinalPrice apply(ProductPrice price) {
        FinalPrice finalPrice = new FinalPrice();
        finalPrice.setProductPrice(price);
        finalPrice.setOriginalPrice(price.getProductPriceAmount());
        finalPrice.setFinalPrice(price.getProductPriceAmount());
        finalPrice.setDefaultPrice(price.isDefaultPrice());
        if (isActive(price, new Date())) {
            BigDecimal special = price.getProductPriceSpecialAmount();
            finalPrice.setFinalPrice(special);
            finalPrice.setDiscounted(true);
            finalPrice.setDiscountedPrice(special);
            finalPrice.setDiscountEndDate(price.getProductPriceSpecialEndDate());
            finalPrice.setDiscountPercent(percentOff(special, price.getProductPriceAmount()));
        }
        return finalPrice;
    }

    static boolean isActive(ProductPrice price, Date now) {
        Date start = price.getProductPriceSpecialStartDate();
        Date end = price.getProductPriceSpecialEndDate();
        BigDecimal special = price.getProductPriceSpecialAmount();
        if (start == null && end == null) {
            return special != null && special.signum() > 0;
        }
        boolean endsLater = end != null && end.after(now);
        return special != null && endsLater && (start == null || start.before(now));
    }

    private static int percentOff(BigDecimal special, BigDecimal original) {
        BigDecimal ratio = special.multiply(HUNDRED).divide(original, 4, RoundingMode.HALF_UP);
        return HUNDRED.subtract(ratio).intValue();
    }
}
