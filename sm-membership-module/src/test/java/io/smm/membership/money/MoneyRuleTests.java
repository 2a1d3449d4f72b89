package io.smm.membership.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyRuleTests {

    private static final Currency CAD = Currency.getInstance("CAD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency GOLD = Currency.getInstance("XAU");

    @Test
    void roundsToTheCurrencysScale() {
        MoneyRule halfUp = new MoneyRule(RoundingMode.HALF_UP);

        assertThat(halfUp.round(new BigDecimal("1.005"), CAD)).isEqualTo(new BigDecimal("1.01"));
        assertThat(halfUp.round(new BigDecimal("1049.5"), JPY)).isEqualTo(new BigDecimal("1050"));
    }

    @Test
    void roundsByItsMode() {
        MoneyRule halfEven = new MoneyRule(RoundingMode.HALF_EVEN);

        assertThat(halfEven.round(new BigDecimal("1.005"), CAD)).isEqualTo(new BigDecimal("1.00"));
        assertThat(halfEven.round(new BigDecimal("1.015"), CAD)).isEqualTo(new BigDecimal("1.02"));
    }

    @Test
    void aPseudoCurrencyWithoutDecimalsRoundsToWholeUnits() {
        assertThat(GOLD.getDefaultFractionDigits()).isEqualTo(-1);

        assertThat(MoneyRule.scaleOf(GOLD)).isZero();
        assertThat(new MoneyRule(RoundingMode.HALF_UP).round(new BigDecimal("2.5"), GOLD))
                .isEqualTo(new BigDecimal("3"));
    }

    @Test
    void showsAnAmountWithTheCurrencysDecimalsAndNeverRoundsIt() {
        assertThat(MoneyRule.shown(new BigDecimal("25.0000"), 2)).isEqualTo(new BigDecimal("25.00"));
        assertThat(MoneyRule.shown(new BigDecimal("0.1250"), 2)).isEqualTo(new BigDecimal("0.125"));
        assertThat(MoneyRule.shown(new BigDecimal("1000"), 0)).isEqualTo(new BigDecimal("1000"));
    }
}
