package io.smm.membership.pricing;

import static io.smm.membership.pricing.RuleBuilder.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PriceRuleIndexTests {

    private static final long VIP = 1;
    private static final long WHOLESALE = 2;
    private static final long STAFF = 3;
    private static final long GUESTS = 9;
    private static final long PRODUCT = 100;
    private static final long CATEGORY = 10;

    private final PriceRuleIndex.StoreRules index = new PriceRuleIndex.StoreRules(1, Instant.EPOCH, List.of(
            rule(1).groups(VIP, WHOLESALE).percentOff("5").build(),
            rule(2).groups(STAFF).percentOff("30").build(),
            rule(3).allMembers().percentOff("2").build(),
            rule(4).groups(GUESTS).percentOff("1").build(),
            rule(5).groups(VIP).product(PRODUCT).fixed("80").build(),
            rule(6).groups(STAFF).product(PRODUCT).fixed("50").build(),
            rule(7).allMembers().category(CATEGORY).percentOff("3").build(),
            rule(8).groups(VIP).product(PRODUCT + 1).fixed("70").build()));

    @Test
    void givesAShopperTheirGroupsRulesOnceEachAndNoOtherGroupsRules() {
        assertThat(ids(new ShopperGroups(true, Set.of(VIP, WHOLESALE)))).containsExactlyInAnyOrder(1L, 3L, 5L, 7L);
        assertThat(ids(new ShopperGroups(true, Set.of(STAFF)))).containsExactlyInAnyOrder(2L, 3L, 6L, 7L);
    }

    @Test
    void givesGuestsTheGuestGroupsRulesButNotTheEveryMemberOnes() {
        assertThat(ids(new ShopperGroups(false, Set.of(GUESTS)))).containsExactly(4L);
    }

    @Test
    void tellsGroupsApartPastTheSixtyThreeThatHaveABitOfTheirOwn() {
        List<IndexedRule> rules = new ArrayList<>();
        for (long group = 1; group <= 70; group++) {
            rules.add(rule(group).groups(group).product(PRODUCT).percentOff("1").build());
        }
        PriceRuleIndex.StoreRules many = new PriceRuleIndex.StoreRules(1, Instant.EPOCH, rules);

        assertThat(ids(many, new ShopperGroups(true, Set.of(65L)))).containsExactly(65L);
        assertThat(ids(many, new ShopperGroups(true, Set.of(2L, 68L)))).containsExactlyInAnyOrder(2L, 68L);
        assertThat(ids(many, new ShopperGroups(true, Set.of(71L)))).isEmpty();
    }

    private List<Long> ids(ShopperGroups shopper) {
        return ids(index, shopper);
    }

    private static List<Long> ids(PriceRuleIndex.StoreRules index, ShopperGroups shopper) {
        return index.allOf(PRODUCT, Set.of(CATEGORY), shopper).stream().map(rule -> rule.id)
                .collect(Collectors.toList());
    }
}
