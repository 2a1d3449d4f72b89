package io.smm.membership.pricing;

import static io.smm.membership.pricing.RuleBuilder.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.money.MoneyRule;

class PriceResolverTests {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final long VIP = 1;
    private static final long WHOLESALE = 2;
    private static final long PRODUCT = 100;
    private static final long CATEGORY = 10;
    private static final long PARENT_CATEGORY = 5;

    private final PriceResolver lowerOf = new PriceResolver(new MoneyRule(RoundingMode.HALF_UP),
            SpecialPricePolicy.LOWER_OF);
    private final PriceResolver replacing = new PriceResolver(new MoneyRule(RoundingMode.HALF_UP),
            SpecialPricePolicy.MEMBER_REPLACES_SPECIAL);

    @Test
    void keepsTheBasePriceWhenNoRuleMatches() {
        PriceQuote quote = quote(customer(VIP), rule(1).groups(WHOLESALE).percentOff("10"));

        assertThat(quote.finalPrice()).isEqualByComparingTo("100.00");
        assertThat(quote.changesPrice()).isFalse();
        assertThat(verdicts(quote)).containsExactly(RuleOutcome.Verdict.NOT_FOR_THESE_GROUPS);
    }

    @Test
    void givesTheLowestOfTheMatchingPrices() {
        PriceQuote quote = quote(customer(VIP), rule(1).groups(VIP).percentOff("10"), rule(2).groups(VIP).fixed("85"),
                rule(3).groups(VIP).amountOff("12"));

        assertThat(quote.finalPrice()).isEqualByComparingTo("85.00");
        assertThat(quote.appliedRule().orElseThrow().ruleId()).isEqualTo(2);
        assertThat(verdicts(quote)).containsExactly(RuleOutcome.Verdict.APPLIED, RuleOutcome.Verdict.HIGHER_PRICE,
                RuleOutcome.Verdict.HIGHER_PRICE);
    }

    @Test
    void breaksTiesByPriorityThenByTheOlderRule() {
        PriceQuote byPriority = quote(customer(VIP), rule(1).groups(VIP).fixed("90").priority(1),
                rule(2).groups(VIP).fixed("90").priority(5));
        PriceQuote byAge = quote(customer(VIP), rule(7).groups(VIP).fixed("90"), rule(3).groups(VIP).fixed("90"));

        assertThat(byPriority.appliedRule().orElseThrow().ruleId()).isEqualTo(2);
        assertThat(byAge.appliedRule().orElseThrow().ruleId()).isEqualTo(3);
    }

    @Test
    void anExclusiveRuleKeepsLowerPrioritiesOutButNotEqualOrHigherOnes() {
        PriceQuote quote = quote(customer(VIP), rule(1).groups(VIP).fixed("95").priority(10).exclusive(),
                rule(2).groups(VIP).fixed("50").priority(9), rule(3).groups(VIP).fixed("80").priority(10),
                rule(4).groups(VIP).fixed("90").priority(11));

        assertThat(quote.finalPrice()).isEqualByComparingTo("80.00");
        assertThat(quote.outcomes()).filteredOn(o -> o.ruleId() == 2).extracting(RuleOutcome::verdict)
                .containsExactly(RuleOutcome.Verdict.BLOCKED_BY_EXCLUSIVE);
    }

    @Test
    void matchesAProductThroughItsCategoryAndTheCategorysAncestors() {
        assertThat(quote(customer(VIP), rule(1).groups(VIP).category(PARENT_CATEGORY).percentOff("20")).finalPrice())
                .isEqualByComparingTo("80.00");
        assertThat(quote(customer(VIP), rule(1).groups(VIP).category(99).percentOff("20")).finalPrice())
                .isEqualByComparingTo("100.00");
        assertThat(quote(customer(VIP), rule(1).groups(VIP).product(PRODUCT).percentOff("20")).finalPrice())
                .isEqualByComparingTo("80.00");
        assertThat(quote(customer(VIP), rule(1).groups(VIP).product(101).percentOff("20")).finalPrice())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void appliesAQuantityTierFromItsMinimumQuantity() {
        RuleBuilder tenOrMore = rule(1).groups(WHOLESALE).minQuantity(10).percentOff("15");

        assertThat(quote(customer(WHOLESALE).quantity(9), tenOrMore).finalPrice()).isEqualByComparingTo("100.00");
        assertThat(quote(customer(WHOLESALE).quantity(10), tenOrMore).finalPrice()).isEqualByComparingTo("85.00");
    }

    @Test
    void startsAtItsStartAndEndsJustBeforeItsEnd() {
        RuleBuilder window = rule(1).groups(VIP).from(NOW).until(NOW.plusSeconds(3600)).percentOff("10");

        assertThat(verdicts(quote(customer(VIP).at(NOW.minusMillis(1)), window)))
                .containsExactly(RuleOutcome.Verdict.NOT_STARTED);
        assertThat(quote(customer(VIP).at(NOW), window).finalPrice()).isEqualByComparingTo("90.00");
        assertThat(quote(customer(VIP).at(NOW.plusSeconds(3599)), window).finalPrice()).isEqualByComparingTo("90.00");
        assertThat(verdicts(quote(customer(VIP).at(NOW.plusSeconds(3600)), window)))
                .containsExactly(RuleOutcome.Verdict.ENDED);
    }

    @Test
    void letsTheLowerOfMemberAndSpecialPriceWin() {
        RuleBuilder tenOff = rule(1).groups(VIP).percentOff("10");

        PriceQuote specialLower = quote(customer(VIP).special("80"), tenOff);
        PriceQuote specialHigher = quote(customer(VIP).special("95"), tenOff);

        assertThat(specialLower.finalPrice()).isEqualByComparingTo("80.00");
        assertThat(specialLower.changesPrice()).isFalse();
        assertThat(specialLower.memberPrice()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90.00"));
        assertThat(specialHigher.finalPrice()).isEqualByComparingTo("90.00");
        assertThat(specialHigher.changesPrice()).isTrue();
    }

    @Test
    void canLetTheMemberPriceReplaceTheSpecialPrice() {
        PriceQuote withRule = quote(replacing, customer(VIP).special("80"), rule(1).groups(VIP).percentOff("10"));
        PriceQuote withoutRule = quote(replacing, customer(VIP).special("80"));

        assertThat(withRule.finalPrice()).isEqualByComparingTo("90.00");
        assertThat(withoutRule.finalPrice()).isEqualByComparingTo("80.00");
    }

    @Test
    void neverGoesBelowZero() {
        assertThat(quote(customer(VIP), rule(1).groups(VIP).amountOff("150")).finalPrice())
                .isEqualByComparingTo("0.00");
        assertThat(quote(customer(VIP), rule(1).groups(VIP).percentOff("100")).finalPrice())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void roundsOnceAtTheCurrencyScale() {
        PriceQuote cents = quote(customer(VIP).base("0.15"), rule(1).groups(VIP).percentOff("10"));
        PriceQuote yen = quote(customer(VIP).base("999").currency("JPY"), rule(1).groups(VIP).percentOff("33.3"));

        assertThat(cents.finalPrice()).isEqualTo("0.14"); // 0.135 rounded half up once
        assertThat(yen.finalPrice()).isEqualTo("666");
    }

    @Test
    void givesEveryMemberRulesToCustomersAndNotToGuests() {
        RuleBuilder everyMember = rule(1).allMembers().percentOff("5");

        assertThat(quote(customer(), everyMember).finalPrice()).isEqualByComparingTo("95.00");
        assertThat(quote(guest(9), everyMember).finalPrice()).isEqualByComparingTo("100.00");
        assertThat(quote(guest(9), rule(2).groups(9L).percentOff("3")).finalPrice()).isEqualByComparingTo("97.00");
    }

    private PriceQuote quote(Query query, RuleBuilder... rules) {
        return quote(lowerOf, query, rules);
    }

    private static PriceQuote quote(PriceResolver resolver, Query query, RuleBuilder... rules) {
        List<IndexedRule> built = new ArrayList<>();
        for (RuleBuilder rule : rules) {
            built.add(rule.build());
        }
        PriceQuote explained = resolver.explain(query.build(), built);
        PriceQuote priced = resolver.price(query.build(), built);
        assertThat(priced.finalPrice()).isEqualTo(explained.finalPrice());
        assertThat(priced.memberPrice()).isEqualTo(explained.memberPrice());
        assertThat(priced.appliedRule().map(RuleOutcome::ruleId)).isEqualTo(
                explained.appliedRule().map(RuleOutcome::ruleId));
        return explained;
    }

    private static List<RuleOutcome.Verdict> verdicts(PriceQuote quote) {
        return quote.outcomes().stream().map(RuleOutcome::verdict).collect(Collectors.toList());
    }

    private static Query customer(Long... groups) {
        return new Query(true, Set.of(groups));
    }

    private static Query guest(long guestGroup) {
        return new Query(false, Set.of(guestGroup));
    }

    /** Product 100 in category 10 under 5, one unit now, base 100.00 CAD unless changed. */
    private static final class Query {
        private final boolean customer;
        private final Set<Long> groups;
        private int quantity = 1;
        private Instant at = NOW;
        private String base = "100.00";
        private String special;
        private String currency = "CAD";

        Query(boolean customer, Set<Long> groups) {
            this.customer = customer;
            this.groups = groups;
        }

        Query quantity(int units) {
            quantity = units;
            return this;
        }

        Query at(Instant instant) {
            at = instant;
            return this;
        }

        Query base(String amount) {
            base = amount;
            return this;
        }

        Query special(String amount) {
            special = amount;
            return this;
        }

        Query currency(String code) {
            currency = code;
            return this;
        }

        PriceQuery build() {
            return new PriceQuery(customer, groups, PRODUCT, Set.of(CATEGORY, PARENT_CATEGORY), quantity, at,
                    new BigDecimal(base), special == null ? null : new BigDecimal(special),
                    Currency.getInstance(currency));
        }
    }
}
