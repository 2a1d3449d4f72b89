package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smm.membership.checkout.CheckoutLine;

class EarningRuleTests {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Instant NOW = Instant.parse("2027-03-03T04:00:00Z");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final Set<Long> SHOPPER = Set.of(3L);

    @Test
    void earnsPointsPerUnitOfTheEligibleAmountRoundedDown() {
        long points = EarningRule.points(new BigDecimal("99.99"), List.of(line("120.00", 1)), ONE, ONE, List.of(),
                SHOPPER, NOW);

        assertThat(points).isEqualTo(99);
    }

    @Test
    void earnsNothingOfNothing() {
        assertThat(EarningRule.points(new BigDecimal("0.00"), List.of(line("10.00", 1)), ONE, ONE, List.of(),
                SHOPPER, NOW)).isZero();
    }

    @Test
    void theTierMultiplierIsTheHighestOfTheShoppersGroupsElseOne() {
        Map<Long, BigDecimal> rates = Map.of(3L, new BigDecimal("1.5"), 4L, new BigDecimal("2"), 9L, BigDecimal.TEN);

        assertThat(EarningRule.tierMultiplier(rates, Set.of(3L, 4L))).isEqualByComparingTo("2");
        assertThat(EarningRule.tierMultiplier(rates, Set.of(5L))).isEqualByComparingTo("1");
        assertThat(EarningRule.tierMultiplier(rates, Set.of())).isEqualByComparingTo("1");
    }

    @Test
    void aGoldShopperEarnsAtTheTiersRate() {
        long points = EarningRule.points(new BigDecimal("100.00"), List.of(line("100.00", 1)), new BigDecimal("2"),
                new BigDecimal("1.5"), List.of(), SHOPPER, NOW);

        assertThat(points).isEqualTo(300);
    }

    @Test
    void aCampaignLimitedToACategoryMultipliesOnlyItsLinesShare() {
        // 90 eligible over 60 (category 7, ×2) and 40 (category 8): 54 × 2 + 36 = 144
        EarningCampaign doubleSeven = campaign("2", Set.of(7L), Set.of());
        List<CheckoutLine> lines = List.of(line("30.00", 2, 7L), line("40.00", 1, 8L));

        assertThat(EarningRule.points(new BigDecimal("90.00"), lines, ONE, ONE, List.of(doubleSeven), SHOPPER, NOW))
                .isEqualTo(144);
    }

    @Test
    void overlappingCampaignsGiveALineTheHighestMultiplierNotTheirProduct() {
        List<EarningCampaign> campaigns = List.of(campaign("2", Set.of(), Set.of()),
                campaign("3", Set.of(7L), Set.of()), campaign("1.5", Set.of(7L), Set.of()));
        List<CheckoutLine> lines = List.of(line("50.00", 1, 7L), line("50.00", 1, 8L));

        assertThat(EarningRule.points(new BigDecimal("100.00"), lines, ONE, ONE, campaigns, SHOPPER, NOW))
                .isEqualTo(50 * 3 + 50 * 2);
    }

    @Test
    void aCampaignLimitedToGroupsRunsOnlyForTheirMembers() {
        EarningCampaign goldOnly = campaign("2", Set.of(), Set.of(4L));
        List<CheckoutLine> lines = List.of(line("100.00", 1));

        assertThat(EarningRule.points(new BigDecimal("100.00"), lines, ONE, ONE, List.of(goldOnly), Set.of(3L), NOW))
                .isEqualTo(100);
        assertThat(EarningRule.points(new BigDecimal("100.00"), lines, ONE, ONE, List.of(goldOnly), Set.of(4L), NOW))
                .isEqualTo(200);
    }

    @Test
    void aCampaignRunsFromItsStoreLocalStartInclusiveToItsEndExclusive() {
        // 1 March to 8 March in Taipei: from 28 February 16:00 UTC up to, not including, 7 March 16:00 UTC
        EarningCampaign march = EarningCampaign.storeLocal(LocalDateTime.parse("2027-03-01T00:00"),
                LocalDateTime.parse("2027-03-08T00:00"), TAIPEI, new BigDecimal("2"), Set.of(), Set.of());
        List<CheckoutLine> lines = List.of(line("10.00", 1));

        assertThat(earnedAt(march, lines, "2027-02-28T15:59:59Z")).isEqualTo(10);
        assertThat(earnedAt(march, lines, "2027-02-28T16:00:00Z")).isEqualTo(20);
        assertThat(earnedAt(march, lines, "2027-03-07T15:59:59Z")).isEqualTo(20);
        assertThat(earnedAt(march, lines, "2027-03-07T16:00:00Z")).isEqualTo(10);
    }

    @Test
    void sumsTheSharesUnroundedAndRoundsDownOnce() {
        // a third of 10 at 0.3 points per unit is 0.999… points: each line rounded alone would earn 0
        List<CheckoutLine> lines = List.of(line("1.00", 1), line("1.00", 1), line("1.00", 1));

        assertThat(EarningRule.points(new BigDecimal("10.00"), lines, new BigDecimal("0.3"), ONE, List.of(), SHOPPER,
                NOW)).isEqualTo(3);
    }

    @Test
    void withoutLinesTheWholeAmountEarnsAtTheCampaignsForAllCategories() {
        List<EarningCampaign> campaigns = List.of(campaign("2", Set.of(), Set.of()),
                campaign("5", Set.of(7L), Set.of()));

        assertThat(EarningRule.points(new BigDecimal("10.00"), List.of(), ONE, ONE, campaigns, SHOPPER, NOW))
                .isEqualTo(20);
    }

    private static long earnedAt(EarningCampaign campaign, List<CheckoutLine> lines, String at) {
        return EarningRule.points(new BigDecimal("10.00"), lines, ONE, ONE, List.of(campaign), SHOPPER,
                Instant.parse(at));
    }

    private static EarningCampaign campaign(String multiplier, Set<Long> categories, Set<Long> groups) {
        return new EarningCampaign(NOW.minusSeconds(3600), NOW.plusSeconds(3600), new BigDecimal(multiplier),
                categories, groups);
    }

    private static CheckoutLine line(String unitPrice, int quantity, Long... categories) {
        return new CheckoutLine(1L, Set.of(categories), new BigDecimal(unitPrice), quantity);
    }
}
