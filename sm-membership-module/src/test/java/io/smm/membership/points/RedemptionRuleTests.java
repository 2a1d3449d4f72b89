package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smm.membership.money.MoneyRule;

class RedemptionRuleTests {

    private static final MoneyRule MONEY = new MoneyRule(RoundingMode.HALF_UP);
    /** A point is worth 0.01, at least 100 points, at most 50 % of the order. */
    private final RedemptionRule rule = new RedemptionRule(new BigDecimal("0.01"), 100, new BigDecimal("50"), MONEY);

    @Test
    void pointsPayTheirCashValue() {
        PointsRedemption redemption = rule.redeem(500, 1000, bases("60.00", "40.00"), 2);

        assertThat(redemption.refusal()).isEmpty();
        assertThat(redemption.discount()).isEqualByComparingTo("5.00");
        assertThat(redemption.discount().scale()).isEqualTo(2);
        assertThat(redemption.lineDiscounts()).containsExactly(new BigDecimal("3.00"), new BigDecimal("2.00"));
    }

    @Test
    void noPointsPayNothingAndAreNeverRefused() {
        PointsRedemption redemption = rule.redeem(0, 0, bases("10.00"), 2);

        assertThat(redemption.refusal()).isEmpty();
        assertThat(redemption.discount()).isEqualByComparingTo("0.00");
        assertThat(redemption.lineDiscounts()).containsExactly(new BigDecimal("0.00"));
    }

    @Test
    void theWholeBalanceIsAcceptedOnePointMoreIsNot() {
        assertThat(rule.redeem(1000, 1000, bases("100.00"), 2).refusal()).isEmpty();
        assertThat(rule.redeem(1001, 1000, bases("100.00"), 2).refusal()).contains(PointsRefusal.BALANCE);
    }

    @Test
    void theMinimumIsAcceptedOnePointFewerIsNot() {
        assertThat(rule.redeem(100, 1000, bases("100.00"), 2).refusal()).isEmpty();
        assertThat(rule.redeem(99, 1000, bases("100.00"), 2).refusal()).contains(PointsRefusal.MINIMUM);
    }

    @Test
    void theStoresShareIsAcceptedOnePointMoreIsNot() {
        // 50 % of 20.00 after coupons: 10.00, 1000 points
        assertThat(rule.redeem(1000, 5000, bases("12.00", "8.00"), 2).refusal()).isEmpty();
        assertThat(rule.redeem(1001, 5000, bases("12.00", "8.00"), 2).refusal()).contains(PointsRefusal.SHARE);
    }

    @Test
    void theBalanceIsCheckedBeforeTheMinimumAndTheShare() {
        assertThat(rule.redeem(50, 10, bases("0.50"), 2).refusal()).contains(PointsRefusal.BALANCE);
    }

    @Test
    void aRefusalPaysNothing() {
        PointsRedemption refused = rule.redeem(2000, 1000, bases("100.00", "5.00"), 2);

        assertThat(refused.discount()).isEqualByComparingTo("0");
        assertThat(refused.lineDiscounts()).containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
    }

    @Test
    void roundsOnceAtTheCurrencysScaleAndSplitsToTheLastUnit() {
        RedemptionRule third = new RedemptionRule(new BigDecimal("0.003"), 1, new BigDecimal("100"), MONEY);

        PointsRedemption yen = third.redeem(1000, 1000, bases("1", "1", "1"), 0);
        PointsRedemption dollars = third.redeem(1001, 1001, bases("1.00", "1.00", "1.00"), 2);

        assertThat(yen.discount()).isEqualByComparingTo("3");
        assertThat(yen.lineDiscounts()).containsExactly(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(dollars.discount()).isEqualByComparingTo("3.00");
        assertThat(dollars.lineDiscounts().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3.00");
    }

    @Test
    void theMostPointsAreTheBalanceWithinTheShare() {
        assertThat(rule.redeem(0, 700, bases("100.00"), 2).max()).isEqualTo(700);
        assertThat(rule.redeem(0, 7000, bases("100.00"), 2).max()).isEqualTo(5000);
    }

    @Test
    void theMostPointsAreNoneBelowTheMinimum() {
        assertThat(rule.redeem(0, 99, bases("100.00"), 2).max()).isZero();
        assertThat(rule.redeem(0, 1000, bases("1.00"), 2).max()).isZero();
    }

    @Test
    void theMostPointsNeverRoundOverTheShare() {
        // 50 % of 0.03 is 0.015: 3 points of 0.005 are 0.015 and round to 0.02, over the share; 2 round to 0.01
        RedemptionRule halfCent = new RedemptionRule(new BigDecimal("0.005"), 1, new BigDecimal("50"), MONEY);

        PointsRedemption redemption = halfCent.redeem(0, 10, bases("0.03"), 2);

        assertThat(redemption.max()).isEqualTo(2);
        assertThat(halfCent.redeem(3, 10, bases("0.03"), 2).refusal()).contains(PointsRefusal.SHARE);
    }

    private static List<BigDecimal> bases(String... amounts) {
        return java.util.Arrays.stream(amounts).map(BigDecimal::new).collect(java.util.stream.Collectors.toList());
    }
}
