package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateStatus;
import io.smm.membership.affiliates.AffiliateTerms;
import io.smm.membership.affiliates.AttributionModel;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.orders.OrderFacts;

class CommissionRuleTests {

    private static final Currency CAD = Currency.getInstance("CAD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final AffiliateTerms TERMS = AffiliateTerms.defaults();

    private final CommissionRule rule = new CommissionRule(new MoneyRule(RoundingMode.HALF_UP));

    @Test
    void theEligibleAmountIsTheTotalWithoutShippingAndTax() {
        assertThat(rule.eligibleAmount(order("113.00", "8.00", "5.00"), CAD)).isEqualByComparingTo("100.00");
    }

    @Test
    void theEligibleAmountIsNeverBelowZero() {
        assertThat(rule.eligibleAmount(order("10.00", "8.00", "5.00"), CAD)).isEqualByComparingTo("0.00");
    }

    @Test
    void aLineTakesTheHighestOfTheAffiliatesMatchingCategoryRates() {
        AffiliateCard affiliate = affiliate("10", Map.of(1L, new BigDecimal("12"), 2L, new BigDecimal("15"),
                3L, new BigDecimal("50")));

        assertThat(CommissionRule.lineRate(line("10.00", 1, 1L, 2L, 9L), affiliate, TERMS))
                .isEqualByComparingTo("15");
    }

    @Test
    void aLineOfNoRatedCategoryTakesTheAffiliatesRateElseTheStoreDefault() {
        CheckoutLine line = line("10.00", 1, 9L);

        assertThat(CommissionRule.lineRate(line, affiliate("10", Map.of(1L, BigDecimal.ONE)), TERMS))
                .isEqualByComparingTo("10");
        assertThat(CommissionRule.lineRate(line, affiliate(null, Map.of()), TERMS)).isEqualByComparingTo("5");
    }

    @Test
    void splitsTheEligibleAmountOverTheLinesByTheirTotalsEachAtItsRate() {
        // 60 of 100 at 20 %, 40 of 100 at 10 %, of 90 eligible (a discount of 10): 54 × 0.2 + 36 × 0.1 = 14.40
        AffiliateCard affiliate = affiliate("10", Map.of(7L, new BigDecimal("20")));
        List<CheckoutLine> lines = List.of(line("30.00", 2, 7L), line("40.00", 1, 8L));

        assertThat(rule.commission(new BigDecimal("90.00"), lines, affiliate, TERMS, CAD))
                .isEqualByComparingTo("14.40");
    }

    @Test
    void roundsOnceAtTheCurrencysScale() {
        // three lines of 1/3 each at 5 %: unrounded 0.1666… each; rounded once 0.50, not 3 × 0.17 = 0.51
        AffiliateCard affiliate = affiliate(null, Map.of());
        List<CheckoutLine> lines = List.of(line("1.00", 1), line("1.00", 1), line("1.00", 1));

        BigDecimal commission = rule.commission(new BigDecimal("10.00"), lines, affiliate, TERMS, CAD);

        assertThat(commission).isEqualByComparingTo("0.50");
        assertThat(commission.scale()).isEqualTo(2);
        BigDecimal yen = rule.commission(new BigDecimal("1010"), lines, affiliate, TERMS, JPY);
        assertThat(yen).isEqualByComparingTo("51"); // 50.5 rounded half up
        assertThat(yen.scale()).isZero();
    }

    @Test
    void anOrderWithoutLinesEarnsAtTheAffiliatesOwnRate() {
        assertThat(rule.commission(new BigDecimal("50.00"), List.of(), affiliate("7.5", Map.of()), TERMS, CAD))
                .isEqualByComparingTo("3.75");
    }

    @Test
    void aRefundTakesItsShareOfTheCommissionRoundedOnce() {
        assertThat(rule.refundShare(new BigDecimal("10.00"), new BigDecimal("3.00"), new BigDecimal("9.00"),
                new BigDecimal("10.00"), CAD)).isEqualByComparingTo("3.33");
    }

    @Test
    void aRefundTakesNoMoreThanWhatRemains() {
        assertThat(rule.refundShare(new BigDecimal("10.00"), new BigDecimal("6.00"), new BigDecimal("9.00"),
                new BigDecimal("3.34"), CAD)).isEqualByComparingTo("3.34");
        assertThat(rule.refundShare(new BigDecimal("10.00"), new BigDecimal("6.00"), new BigDecimal("9.00"),
                BigDecimal.ZERO, CAD)).isEqualByComparingTo("0");
        assertThat(rule.refundShare(new BigDecimal("10.00"), new BigDecimal("6.00"), BigDecimal.ZERO,
                new BigDecimal("10.00"), CAD)).isEqualByComparingTo("0");
    }

    @Test
    void isDueOnceTheReturnWindowAfterTheOrderHasPassed() {
        Instant placed = Instant.parse("2026-03-01T10:00:00Z");
        AffiliateTerms terms = new AffiliateTerms(30, AttributionModel.LAST_CLICK, 14, new BigDecimal("5"), 180, 30,
                true);

        assertThat(CommissionRule.dueAt(placed, terms)).isEqualTo(placed.plus(Duration.ofDays(14)));
        assertThat(CommissionRule.dueAt(placed, new AffiliateTerms(30, AttributionModel.LAST_CLICK, 0,
                BigDecimal.ONE, 180, 30, true))).isEqualTo(placed);
    }

    static AffiliateCard affiliate(String rate, Map<Long, BigDecimal> categoryRates) {
        return new AffiliateCard(1L, "DEFAULT", "Ann", "ann@example.com", 42L, AffiliateStatus.ACTIVE, "ann",
                rate == null ? null : new BigDecimal(rate), categoryRates, "pay@example.com");
    }

    private static CheckoutLine line(String unitPrice, int quantity, Long... categories) {
        return new CheckoutLine(1L, Set.of(categories), new BigDecimal(unitPrice), quantity);
    }

    private static OrderFacts order(String total, String shipping, String tax) {
        return new OrderFacts(9L, 5L, "DEFAULT", Instant.now(), "ORDERED", new BigDecimal(total),
                new BigDecimal(shipping), new BigDecimal(tax), CAD);
    }
}
