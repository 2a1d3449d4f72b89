package io.smm.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.smm.membership.pricing.Adjustment;
import io.smm.membership.pricing.PriceRuleDraft;
import io.smm.membership.pricing.PriceRuleService;
import io.smm.membership.pricing.RuleTarget;

/**
 * The demo's member prices: every kind of adjustment, quantity tiers, an exclusive rule, and rules whose dates
 * are running, not yet begun and over. None is for the default tier (Bronze) or guests, who pay the host's prices.
 */
final class DemoPriceRules {

    private final PriceRuleService rules;
    private final Map<String, Long> categories;
    private final Map<String, Long> products;

    /** @param categories category ids by code; @param products product ids by sku */
    DemoPriceRules(PriceRuleService rules, Map<String, Long> categories, Map<String, Long> products) {
        this.rules = rules;
        this.categories = categories;
        this.products = products;
    }

    void load(Instant now) {
        create(rule("Silver: 5 % off coffee", Adjustment.Kind.PERCENT_OFF, "5", "SILVER").category("coffee"));
        create(rule("Gold: 10 % off everything", Adjustment.Kind.PERCENT_OFF, "10", "GOLD").store());
        create(rule("Platinum: 15 % off everything", Adjustment.Kind.PERCENT_OFF, "15", "PLATINUM").store());
        create(rule("VIP club: 10.00 off brewers", Adjustment.Kind.AMOUNT_OFF, "10", "VIP_CLUB").category("brewers"));
        create(rule("Wholesale: 10 % off espresso blends", Adjustment.Kind.PERCENT_OFF, "10", "WHOLESALE")
                .category("espresso"));
        create(rule("Wholesale house espresso", Adjustment.Kind.FIXED_PRICE, "28.00", "WHOLESALE").product("ES-1"));
        create(rule("Wholesale house espresso, 6 bags or more", Adjustment.Kind.FIXED_PRICE, "25.00", "WHOLESALE")
                .product("ES-1").from(6));
        create(rule("Wholesale house espresso, 12 bags or more", Adjustment.Kind.FIXED_PRICE, "22.00", "WHOLESALE")
                .product("ES-1").from(12));
        Rule staff = rule("Staff: 25 % off everything, no other rule", Adjustment.Kind.PERCENT_OFF, "25", "STAFF")
                .store();
        staff.draft.setPriority(10);
        staff.draft.setExclusive(true);
        create(staff);
        create(rule("Tea fortnight: 20 % off tea", Adjustment.Kind.PERCENT_OFF, "20", "SILVER", "GOLD", "PLATINUM")
                .category("tea").between(now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(11))));
        create(rule("Autumn grinder sale: 30.00 off", Adjustment.Kind.AMOUNT_OFF, "30", "GOLD", "PLATINUM")
                .category("grinders").between(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(60))));
        create(rule("Spring tasting: single origins at 12.00", Adjustment.Kind.FIXED_PRICE, "12.00", "VIP_CLUB")
                .category("single-origin").between(now.minus(Duration.ofDays(120)), now.minus(Duration.ofDays(90))));
    }

    private void create(Rule rule) {
        rules.create(DemoData.STORE, rule.draft);
    }

    private Rule rule(String name, Adjustment.Kind kind, String value, String... groups) {
        PriceRuleDraft draft = new PriceRuleDraft();
        draft.setName(name);
        draft.setAdjustment(kind);
        draft.setValue(new BigDecimal(value));
        draft.setGroups(List.of(groups));
        return new Rule(draft);
    }

    /** A draft being filled in. */
    private final class Rule {

        private final PriceRuleDraft draft;

        Rule(PriceRuleDraft draft) {
            this.draft = draft;
        }

        Rule store() {
            draft.setTarget(RuleTarget.STORE);
            return this;
        }

        Rule category(String code) {
            draft.setTarget(RuleTarget.CATEGORY);
            draft.setTargetId(categories.get(code));
            return this;
        }

        Rule product(String sku) {
            draft.setTarget(RuleTarget.PRODUCT);
            draft.setTargetId(products.get(sku));
            return this;
        }

        Rule from(int quantity) {
            draft.setMinQuantity(quantity);
            return this;
        }

        Rule between(Instant startsAt, Instant endsAt) {
            draft.setStartsAt(startsAt);
            draft.setEndsAt(endsAt);
            return this;
        }
    }
}
