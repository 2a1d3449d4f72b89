package io.smm.membership.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TierEvaluatorTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Duration GRACE = Duration.ofDays(30);
    private static final SpendWindow YEAR = SpendWindow.ofDays(365);

    private static final TierStep BRONZE = tier(1, "BRONZE", 0, "0", "0", null);
    private static final TierStep SILVER = tier(2, "SILVER", 1, "1000", "800", null);
    private static final TierStep GOLD = tier(3, "GOLD", 2, "2000", "1500", "1500");
    private static final TierStep PLATINUM = tier(4, "PLATINUM", 3, "5000", "4000", "3000");
    private static final TierLadder LADDER = new TierLadder(List.of(PLATINUM, BRONZE, GOLD, SILVER));

    @Test
    void upgradesExactlyAtTheThresholdAndNotOneCentBelow() {
        assertThat(evaluate(standing(BRONZE), "1000.00")).hasValueSatisfying(move -> {
            assertThat(move.kind).isEqualTo(TierMove.Kind.UPGRADE);
            assertThat(move.to).isSameAs(SILVER);
            assertThat(move.amount).isEqualByComparingTo("1000.00");
            assertThat(move.threshold).isEqualByComparingTo("1000");
        });
        assertThat(evaluate(standing(BRONZE), "999.99")).isEmpty();
    }

    @Test
    void upgradesToTheHighestTierTheSpendReaches() {
        assertThat(evaluate(standing(BRONZE), "5000")).map(move -> move.to).contains(PLATINUM);
    }

    @Test
    void anExpressOrderSkipsTiersAndOneCentShortLeavesTheSpendsUpgrade() {
        Optional<TierMove> express = TierEvaluator.evaluate(LADDER, standing(BRONZE), spend("3000"),
                new OrderSpend(51, new BigDecimal("3000")), NOW, GRACE);
        Optional<TierMove> oneCentShort = TierEvaluator.evaluate(LADDER, standing(BRONZE), spend("2999.99"),
                new OrderSpend(52, new BigDecimal("2999.99")), NOW, GRACE);

        assertThat(express).hasValueSatisfying(move -> {
            assertThat(move.kind).isEqualTo(TierMove.Kind.EXPRESS);
            assertThat(move.to).isSameAs(PLATINUM);
            assertThat(move.orderId).isEqualTo(51L);
            assertThat(move.threshold).isEqualByComparingTo("3000");
        });
        assertThat(oneCentShort).hasValueSatisfying(move -> {
            assertThat(move.kind).isEqualTo(TierMove.Kind.UPGRADE);
            assertThat(move.to).isSameAs(GOLD);
        });
    }

    @Test
    void keepsATierWhileTheSpendMeetsItsKeepThreshold() {
        assertThat(evaluate(standing(GOLD), "1500")).isEmpty();
    }

    @Test
    void schedulesADowngradeWhenTheSpendFallsBelowAndMakesItWhenTheGraceEnds() {
        Optional<TierMove> fallsBelow = evaluate(standing(GOLD), "1499.99");
        Instant fellBelowAt = NOW;
        Optional<TierMove> lastGraceMoment = TierEvaluator.evaluate(LADDER, standing(GOLD, fellBelowAt),
                spend("900"), null, NOW.plus(GRACE).minusMillis(1), GRACE);
        Optional<TierMove> graceEnded = TierEvaluator.evaluate(LADDER, standing(GOLD, fellBelowAt), spend("900"),
                null, NOW.plus(GRACE), GRACE);

        assertThat(fallsBelow).hasValueSatisfying(move -> {
            assertThat(move.kind).isEqualTo(TierMove.Kind.DOWNGRADE_PENDING);
            assertThat(move.to).isSameAs(SILVER);
            assertThat(move.downgradeDueAt).isEqualTo(NOW.plus(GRACE));
            assertThat(move.threshold).isEqualByComparingTo("1500");
        });
        assertThat(lastGraceMoment).isEmpty();
        assertThat(graceEnded).hasValueSatisfying(move -> {
            assertThat(move.kind).isEqualTo(TierMove.Kind.DOWNGRADE);
            assertThat(move.to).isSameAs(SILVER);
            assertThat(move.amount).isEqualByComparingTo("900");
        });
    }

    @Test
    void dropsToTheHighestTierWhoseKeepThresholdIsStillMet() {
        Optional<TierMove> move = TierEvaluator.evaluate(LADDER, standing(PLATINUM, NOW.minus(GRACE)),
                spend("100"), null, NOW, GRACE);

        assertThat(move).map(m -> m.to).contains(BRONZE);
    }

    @Test
    void spendRestoredDuringGraceCancelsThePendingDowngrade() {
        assertThat(TierEvaluator.evaluate(LADDER, standing(GOLD, NOW.minus(Duration.ofDays(3))), spend("1500"),
                null, NOW, GRACE)).map(move -> move.kind).contains(TierMove.Kind.DOWNGRADE_CANCELED);
    }

    @Test
    void anUpgradeDuringGraceWinsOverThePendingDowngrade() {
        assertThat(TierEvaluator.evaluate(LADDER, standing(SILVER, NOW.minus(Duration.ofDays(3))), spend("2000"),
                null, NOW, GRACE)).map(move -> move.kind).contains(TierMove.Kind.UPGRADE);
    }

    @Test
    void anExpressOrderBelowTheCurrentTierChangesNothing() {
        assertThat(TierEvaluator.evaluate(LADDER, standing(PLATINUM), spend("4000"),
                new OrderSpend(53, new BigDecimal("1500")), NOW, GRACE)).isEmpty();
    }

    @Test
    void aNoGracePeriodDowngradesAtOnce() {
        assertThat(TierEvaluator.evaluate(LADDER, standing(GOLD), spend("10"), null, NOW, Duration.ZERO))
                .map(move -> move.kind).contains(TierMove.Kind.DOWNGRADE);
    }

    @Test
    void aPinnedTierMovesNeitherUpNorDownUntilThePinEnds() {
        TierStanding pinned = new TierStanding(GOLD.groupId, NOW.plusSeconds(1), NOW.minus(GRACE));

        assertThat(TierEvaluator.evaluate(LADDER, pinned, spend("9000"), null, NOW, GRACE)).isEmpty();
        assertThat(TierEvaluator.evaluate(LADDER, pinned, spend("0"), null, NOW, GRACE)).isEmpty();
        assertThat(TierEvaluator.evaluate(LADDER, pinned, spend("9000"), null, NOW.plusSeconds(1), GRACE))
                .map(move -> move.to).contains(PLATINUM);
    }

    @Test
    void theLowestTierNeverMovesDown() {
        assertThat(evaluate(standing(BRONZE), "0")).isEmpty();
    }

    @Test
    void aRollingWindowCountsWholeDaysInTheStoreZone() {
        ZoneId taipei = ZoneId.of("Asia/Taipei");
        Instant lateEvening = Instant.parse("2026-06-01T15:30:00Z"); // 23:30 on June 1st in Taipei

        assertThat(SpendWindow.ofDays(1).startAt(lateEvening, taipei)).isEqualTo("2026-05-31T16:00:00Z");
        assertThat(SpendWindow.ofDays(30).startAt(lateEvening, taipei)).isEqualTo("2026-05-02T16:00:00Z");
        assertThat(SpendWindow.lifetime().startAt(lateEvening, taipei)).isNull();
    }

    private static Optional<TierMove> evaluate(TierStanding standing, String spend) {
        return TierEvaluator.evaluate(LADDER, standing, spend(spend), null, NOW, GRACE);
    }

    private static SpendTotals spend(String amount) {
        return new SpendTotals(Map.of(YEAR, new BigDecimal(amount)));
    }

    private static TierStanding standing(TierStep tier) {
        return standing(tier, null);
    }

    private static TierStanding standing(TierStep tier, Instant fellBelowAt) {
        return new TierStanding(tier.groupId, null, fellBelowAt);
    }

    private static TierStep tier(long id, String code, int rank, String upgradeAt, String keepAt, String expressAt) {
        return new TierStep(id, code, rank, new BigDecimal(upgradeAt), new BigDecimal(keepAt),
                expressAt == null ? null : new BigDecimal(expressAt), YEAR);
    }
}
