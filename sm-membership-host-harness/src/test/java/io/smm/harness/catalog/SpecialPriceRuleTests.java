package io.smm.harness.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Date;

import org.junit.jupiter.api.Test;

import com.salesmanager.core.model.catalog.product.price.FinalPrice;
import com.salesmanager.core.model.catalog.product.price.ProductPrice;

class SpecialPriceRuleTests {

    private static final long DAY = 24L * 3600 * 1000;
    private final Date now = new Date();

    @Test
    void specialAmountWithoutDatesAlwaysApplies() {
        FinalPrice price = SpecialPriceRule.apply(price("10.00", "8.00", null, null));

        assertThat(price.getFinalPrice()).isEqualByComparingTo("8.00");
        assertThat(price.getOriginalPrice()).isEqualByComparingTo("10.00");
        assertThat(price.isDiscounted()).isTrue();
        assertThat(price.getDiscountPercent()).isEqualTo(20);
        assertThat(price.getDiscountedPrice()).isEqualByComparingTo("8.00");
    }

    @Test
    void appliesBetweenStartAndEnd() {
        assertThat(SpecialPriceRule.isActive(price("10", "8", daysFromNow(-1), daysFromNow(1)), now)).isTrue();
    }

    @Test
    void appliesBeforeEndWhenThereIsNoStart() {
        assertThat(SpecialPriceRule.isActive(price("10", "8", null, daysFromNow(1)), now)).isTrue();
    }

    @Test
    void doesNotApplyAfterEnd() {
        assertThat(SpecialPriceRule.isActive(price("10", "8", daysFromNow(-2), daysFromNow(-1)), now)).isFalse();
    }

    @Test
    void doesNotApplyWithAStartButNoEnd() {
        assertThat(SpecialPriceRule.isActive(price("10", "8", daysFromNow(-1), null), now)).isFalse();
    }

    @Test
    void regularPriceIsNotDiscounted() {
        FinalPrice price = SpecialPriceRule.apply(price("10.00", null, null, null));

        assertThat(price.getFinalPrice()).isEqualByComparingTo("10.00");
        assertThat(price.isDiscounted()).isFalse();
        assertThat(price.isDefaultPrice()).isTrue();
    }

    private Date daysFromNow(int days) {
        return new Date(now.getTime() + days * DAY);
    }

    private static ProductPrice price(String amount, String special, Date start, Date end) {
        ProductPrice price = new ProductPrice();
        price.setDefaultPrice(true);
        price.setProductPriceAmount(new BigDecimal(amount));
        price.setProductPriceSpecialAmount(special == null ? null : new BigDecimal(special));
        price.setProductPriceSpecialStartDate(start);
        price.setProductPriceSpecialEndDate(end);
        return price;
    }
}
