package io.smm.membership.tiers;

import static io.smm.membership.tiers.NoGraceLadder.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.groups.GroupFixtures;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.web.Violation;

class TierLadderValidationTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Map<String, MemberGroup> TIERS = Map.of("BRONZE", tier("BRONZE", 0), "SILVER",
            tier("SILVER", 1), "GOLD", tier("GOLD", 2));

    @Test
    void acceptsALadderThatRisesWithRank() {
        assertThat(TierLadderValidation.check(List.of(rule("GOLD", "2000", "1500"), rule("BRONZE", "0", "0"),
                rule("SILVER", "1000", "800")), TIERS)).isEmpty();
    }

    @Test
    void refusesUpgradeThresholdsThatDoNotRiseAndKeepThresholdsThatFall() {
        assertThat(codes(TierLadderValidation.check(List.of(rule("BRONZE", "0", "0"), rule("SILVER", "1000", "900"),
                rule("GOLD", "1000", "800")), TIERS))).containsExactly(
                        "tiers[2].upgradeAt:membership.tier.upgrade.not-rising",
                        "tiers[2].keepAt:membership.tier.keep.falling");
    }

    @Test
    void refusesAKeepThresholdAboveTheUpgradeOne() {
        assertThat(codes(TierLadderValidation.check(List.of(rule("SILVER", "1000", "1000.01")), TIERS)))
                .containsExactly("tiers[0].keepAt:membership.tier.keep-above-upgrade");
        assertThat(TierLadderValidation.check(List.of(rule("SILVER", "1000", "1000")), TIERS)).isEmpty();
    }

    @Test
    void refusesUnknownOrRepeatedTiersAndRollingWindowsWithoutDays() {
        TierRuleDraft rolling = rule("GOLD", "2000", "1500");
        rolling.setWindowKind(TierRule.WindowKind.ROLLING);
        rolling.setWindowDays(0);

        assertThat(codes(TierLadderValidation.check(List.of(rule("VIP", "1", "1"), rule("SILVER", "1000", "800"),
                rule("SILVER", "1000", "800"), rolling), TIERS))).containsExactly(
                        "tiers[0].tier:membership.tier.unknown", "tiers[2].tier:membership.tier.twice",
                        "tiers[3].windowDays:membership.tier.window-days.range");
    }

    @Test
    void refusesAmountsTheDatabaseWouldRefuseOrRound() {
        TierRuleDraft huge = rule("SILVER", "1E+20", "1");
        TierRuleDraft precise = rule("GOLD", "2000.12345", "1500");
        precise.setExpressAt(new BigDecimal("1999.9999"));

        assertThat(codes(TierLadderValidation.check(List.of(rule("BRONZE", "0", "0"), huge, precise), TIERS)))
                .containsExactly("tiers[1].upgradeAt:membership.amount.out-of-column",
                        "tiers[2].upgradeAt:membership.amount.out-of-column");
    }

    @Test
    void checksTheSettingsWindowGraceAndStatuses() {
        TierSettingsDraft settings = new TierSettingsDraft();
        settings.setGraceDays(30);
        settings.setWindowDays(365);
        assertThat(TierLadderValidation.check(settings)).isEmpty();

        settings.setWindowDays(0);
        settings.setGraceDays(-1);
        settings.setCountedStatuses(List.of("ORDERED", "SHIPPED"));
        assertThat(codes(TierLadderValidation.check(settings))).containsExactly(
                "windowDays:membership.tier.window-days.range", "graceDays:membership.tier.grace-days.range",
                "countedStatuses:membership.tier.counted-statuses.unknown");
    }

    private static MemberGroup tier(String code, int rank) {
        return GroupFixtures.unsavedTier(code, rank, NOW);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.toList());
    }
}
