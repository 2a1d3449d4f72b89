package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.money.MoneyRule;

class PayoutRuleTests {

    private static final Currency CAD = Currency.getInstance("CAD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private final PayoutRule rule = new PayoutRule(new MoneyRule(RoundingMode.HALF_UP));

    @Test
    void paysTheSumOfTheLinesAtTheCurrencyScale() {
        BigDecimal total = rule.payable(List.of(line("EARNED", "10.00", "CAD"), line("REDUCED", "-2.50", "CAD"),
                line("EARNED", "5", "CAD")), CAD);

        assertThat(total).isEqualByComparingTo("12.50");
        assertThat(total.scale()).isEqualTo(2);
    }

    @Test
    void roundsTheSumOnceNotEachLine() {
        List<PayoutItemView> thirds = List.of(line("EARNED", "0.3334", "CAD"), line("EARNED", "0.3334", "CAD"),
                line("EARNED", "0.3334", "CAD"));

        assertThat(rule.total(thirds, CAD)).isEqualByComparingTo("1.00"); // each rounded first would make 0.99
        assertThat(rule.total(List.of(line("EARNED", "100.4999", "JPY")), JPY)).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void aCarriedNegativeLineReducesThePayout() {
        PayoutItemView clawback = line("CLAWBACK", "-4.00", "CAD");

        BigDecimal total = rule.payable(List.of(line("EARNED", "10.00", "CAD"), clawback), CAD);

        assertThat(total).isEqualByComparingTo("6.00");
        assertThat(clawback.isCarried()).isTrue();
        assertThat(line("REDUCED", "-1.00", "CAD").isCarried()).isFalse();
    }

    @Test
    void refusesAPayoutOfNothingOrLessAndTakesTheSmallestAmountAboveIt() {
        assertThatThrownBy(() -> rule.payable(List.of(line("EARNED", "4.00", "CAD"), line("CLAWBACK", "-4.00",
                "CAD")), CAD)).isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("membership.payout.not-positive");
                    assertThat((BigDecimal) refused.arguments()[0]).isEqualByComparingTo("0");
                });
        assertThatThrownBy(() -> rule.payable(List.of(line("EARNED", "1.00", "CAD"), line("CLAWBACK", "-3.00",
                "CAD")), CAD)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rule.payable(List.of(line("EARNED", "0.004", "CAD")), CAD))
                .isInstanceOf(ConflictException.class);
        assertThat(rule.payable(List.of(line("EARNED", "0.005", "CAD")), CAD)).isEqualByComparingTo("0.01");
    }

    @Test
    void refusesALineInAnotherCurrency() {
        assertThatThrownBy(() -> rule.total(List.of(line("EARNED", "1.00", "CAD"), line("EARNED", "1.00", "USD")),
                CAD)).isInstanceOfSatisfying(ConflictException.class, refused -> assertThat(refused.code())
                        .isEqualTo("membership.payout.currency"));
    }

    private static long entries;

    private static PayoutItemView line(String kind, String amount, String currency) {
        entries++;
        return new PayoutItemView(entries, 1, 100, kind, new BigDecimal(amount), currency, null);
    }
}
