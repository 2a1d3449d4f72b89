package io.smm.membership.host.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.attribute.ReadableProductOption;
import com.salesmanager.shop.model.catalog.product.attribute.api.ReadableProductOptionValueEntity;

import io.smm.membership.access.AccessTexts;

/** A product whose price is hidden keeps none of its prices, down to its options' values. */
class MarkedProductTests {

    private final AccessFlags flags = new AccessFlags(mock(AccessTexts.class));

    @Test
    void aHiddenPriceClearsTheProductsPricesAndItsOptionValuesPrices() {
        ReadableProduct marked = MarkedProduct.of(productWithAnOptionAt("4.50"), AccessSeamTestViews.priceHidden(),
                flags);

        assertThat(marked.getPrice()).isNull();
        assertThat(marked.getFinalPrice()).isNull();
        assertThat(optionValue(marked).getPrice()).isNull();
        assertThat(((MarkedProduct) marked).getMembershipAccess()).containsEntry("priceHidden", true);
    }

    @Test
    void aProductNotForSaleKeepsItsPrices() {
        ReadableProduct marked = MarkedProduct.of(productWithAnOptionAt("4.50"), AccessSeamTestViews.notForSale(),
                flags);

        assertThat(marked.getPrice()).isEqualByComparingTo("12.00");
        assertThat(optionValue(marked).getPrice()).isEqualTo("4.50");
        assertThat(marked.isCanBePurchased()).isFalse();
    }

    private static ReadableProduct productWithAnOptionAt(String price) {
        ReadableProductOptionValueEntity value = new ReadableProductOptionValueEntity();
        value.setPrice(price);
        ReadableProductOption option = new ReadableProductOption();
        option.setOptionValues(List.of(value));
        ReadableProduct product = new ReadableProduct();
        product.setId(7L);
        product.setPrice(new BigDecimal("12.00"));
        product.setFinalPrice("CA$12.00");
        product.setCanBePurchased(true);
        product.setOptions(List.of(option));
        return product;
    }

    private static ReadableProductOptionValueEntity optionValue(ReadableProduct product) {
        return product.getOptions().get(0).getOptionValues().get(0);
    }
}
