package io.smm.membership.pricing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.MembershipException;
import io.smm.membership.web.Violation;

/**
 * The owner's price simulator: a product's price for a customer, a group or a guest, at a quantity and a time,
 * with every rule of the store and why it did or did not set the price.
 */
@RestController
@MembershipApi
class PriceSimulatorApiController {

    private final CurrentOwner owner;
    private final GroupPricingService pricing;
    private final PriceRuleService rules;
    private final GroupService groups;
    private final CatalogDirectory catalog;

    PriceSimulatorApiController(CurrentOwner owner, GroupPricingService pricing, PriceRuleService rules,
            GroupService groups, CatalogDirectory catalog) {
        this.owner = owner;
        this.pricing = pricing;
        this.rules = rules;
        this.groups = groups;
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/private/membership/price-rules/simulation")
    Map<String, Object> simulate(@RequestParam long product, @RequestParam(required = false) Long customer,
            @RequestParam(required = false) String group, @RequestParam(defaultValue = "1") int quantity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        String store = owner.get().storeCode();
        if (quantity < 1) {
            throw new InvalidInputException(new Violation("quantity", "membership.price-rule.min-quantity.range"));
        }
        ProductFacts facts = catalog.productFacts(store, product)
                .orElseThrow(() -> MembershipException.notFound("membership.product.not-found", product));
        ShopperGroups shopper = customer != null ? pricing.groupsOf(Shopper.customer(store, customer))
                : group != null ? new ShopperGroups(true, Set.of(groups.getByCode(store, group).getId()))
                : pricing.groupsOf(Shopper.guest(store));
        PriceQuote quote = pricing.simulate(shopper, facts, quantity, at == null ? Instant.now() : at,
                rules.list(store));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("basePrice", quote.basePrice());
        body.put("specialPrice", quote.specialPrice().orElse(null));
        body.put("memberPrice", quote.memberPrice().orElse(null));
        body.put("finalPrice", quote.finalPrice());
        body.put("rules", outcomes(quote.outcomes()));
        return body;
    }

    private static List<Map<String, Object>> outcomes(List<RuleOutcome> outcomes) {
        return outcomes.stream().map(outcome -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("ruleId", outcome.ruleId());
            rule.put("name", outcome.ruleName());
            rule.put("verdict", outcome.verdict());
            rule.put("price", outcome.price());
            return rule;
        }).collect(Collectors.toList());
    }
}
