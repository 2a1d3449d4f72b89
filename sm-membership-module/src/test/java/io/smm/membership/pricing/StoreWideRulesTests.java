package io.smm.membership.pricing;

import static io.smm.membership.pricing.RuleBuilder.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.money.MoneyRule;

class StoreWideRulesTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final ShopperGroups VIP = new ShopperGroups(true, Set.of(1L));

    @Test
    void keepsPerKindOnlyTheRulesThatBeatEveryHigherRankedOne() {
        StoreWideRules rules = storeWide(List.of(
                rule(1).groups(1L).percentOff("10").priority(5).build(),
                rule(2).groups(1L).percentOff("8").priority(3).build(),
                rule(3).groups(1L).percentOff("15").priority(1).build(),
                rule(4).groups(1L).percentOff("15").priority(1).build(),
                rule(5).groups(1L).amountOff("3").priority(2).build(),
                rule(6).groups(1L).fixed("70").priority(9).build(),
                rule(7).groups(1L).fixed("75").priority(0).exclusive().build(),
                rule(8).groups(1L).fixed("80").priority(0).exclusive().build()));

        assertThat(ids(rules.contenders(VIP, 1, NOW))).containsExactly(6L, 1L, 5L, 3L, 7L);
    }

    @Test
    void narrowsAgainWhenAWindowOpensOrCloses() {
        Instant opens = NOW.plusSeconds(60);
        Instant closes = NOW.plusSeconds(120);
        StoreWideRules rules = storeWide(List.of(
                rule(1).groups(1L).percentOff("10").build(),
                rule(2).groups(1L).percentOff("20").priority(1).from(opens).until(closes).build()));

        assertThat(ids(rules.contenders(VIP, 1, NOW))).containsExactly(1L);
        assertThat(ids(rules.contenders(VIP, 1, opens.minusMillis(1)))).containsExactly(1L);
        assertThat(ids(rules.contenders(VIP, 1, opens))).containsExactly(2L);
        assertThat(ids(rules.contenders(VIP, 1, closes.minusMillis(1)))).containsExactly(2L);
        assertThat(ids(rules.contenders(VIP, 1, closes))).containsExactly(1L);
        assertThat(ids(rules.contenders(VIP, 1, NOW))).containsExactly(1L);
    }

    @Test
    void narrowsPerQuantityAndPerShopper() {
        StoreWideRules rules = storeWide(List.of(
                rule(1).groups(1L).percentOff("10").build(),
                rule(2).groups(1L).percentOff("20").minQuantity(10).build(),
                rule(3).allMembers().percentOff("30").priority(1).build()));

        assertThat(ids(rules.contenders(new ShopperGroups(false, Set.of(1L)), 1, NOW))).containsExactly(1L);
        assertThat(ids(rules.contenders(new ShopperGroups(false, Set.of(1L)), 10, NOW))).containsExactly(1L, 2L);
        assertThat(ids(rules.contenders(VIP, 10, NOW))).containsExactly(3L);
    }

    /** Whatever the rules, the narrowed candidates price every product exactly as all the store's rules do. */
    @Test
    void pricesExactlyAsTheWholeRuleSetWould() {
        Random random = new Random(7);
        PriceResolver resolver = new PriceResolver(new MoneyRule(RoundingMode.HALF_UP), SpecialPricePolicy.LOWER_OF);
        for (int store = 0; store < 40; store++) {
            List<IndexedRule> all = randomRules(random);
            PriceRuleIndex.StoreRules index = new PriceRuleIndex.StoreRules(1, NOW, all);
            for (int sale = 0; sale < 100; sale++) {
                ShopperGroups shopper = new ShopperGroups(random.nextInt(5) > 0,
                        Set.of((long) random.nextInt(3), 3L + random.nextInt(2)));
                long product = 1 + random.nextInt(3);
                Set<Long> categories = Set.of(10L + random.nextInt(3));
                int quantity = 1 + random.nextInt(12);
                Instant at = NOW.plusSeconds(random.nextInt(7) * 1800L);
                BigDecimal base = BigDecimal.valueOf(random.nextInt(4) * random.nextInt(5000), 2);
                PriceQuery query = new PriceQuery(shopper.customer, shopper.groupIds, product, categories, quantity,
                        at, base, null, Currency.getInstance("CAD"));

                PriceQuote narrowed = resolver.price(query,
                        index.candidates(product, categories, shopper, quantity, at));
                PriceQuote whole = resolver.explain(query, all);

                assertThat(narrowed.finalPrice()).as("store %d sale %d", store, sale).isEqualTo(whole.finalPrice());
                assertThat(narrowed.appliedRule().map(RuleOutcome::ruleId)).as("store %d sale %d", store, sale)
                        .isEqualTo(whole.appliedRule().map(RuleOutcome::ruleId));
            }
        }
    }

    private static List<IndexedRule> randomRules(Random random) {
        List<IndexedRule> rules = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            RuleBuilder rule = rule(id).priority(random.nextInt(4));
            if (random.nextInt(6) == 0) {
                rule.allMembers();
            } else {
                Set<Long> groups = new HashSet<>();
                groups.add((long) random.nextInt(5));
                groups.add((long) random.nextInt(5));
                rule.groups(groups.toArray(new Long[0]));
            }
            int target = random.nextInt(5);
            if (target == 0) {
                rule.product(1 + random.nextInt(3));
            } else if (target == 1) {
                rule.category(10 + random.nextInt(3));
            }
            String value = String.valueOf(random.nextInt(3) * 5 + random.nextInt(3) * 10);
            int kind = random.nextInt(3);
            if (kind == 0) {
                rule.percentOff(value);
            } else if (kind == 1) {
                rule.amountOff(value);
            } else {
                rule.fixed(value);
            }
            if (random.nextInt(4) == 0) {
                rule.minQuantity(2 + random.nextInt(10));
            }
            if (random.nextInt(3) == 0) {
                Instant start = NOW.plusSeconds(random.nextInt(5) * 1800L);
                rule.from(start).until(start.plusSeconds((1 + random.nextInt(3)) * 1800L));
            }
            if (random.nextInt(8) == 0) {
                rule.exclusive();
            }
            rules.add(rule.build());
        }
        return rules;
    }

    private static StoreWideRules storeWide(List<IndexedRule> rules) {
        return new StoreWideRules(rules, new GroupBits(rules));
    }

    private static List<Long> ids(List<IndexedRule> rules) {
        return rules.stream().map(rule -> rule.id).collect(Collectors.toList());
    }
}
