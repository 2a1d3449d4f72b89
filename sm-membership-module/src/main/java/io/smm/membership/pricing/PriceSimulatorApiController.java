package io.smm.membership.pricing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/**
 * The owner's price simulator: a product's price for a customer, a group or a guest, at a quantity and a time,
 * with every rule of the store and why it did or did not set the price.
 */
@RestController
@MembershipApi
class PriceSimulatorApiController {

    private final CurrentOwner owner;
    private final PriceSimulator simulator;

    PriceSimulatorApiController(CurrentOwner owner, PriceSimulator simulator) {
        this.owner = owner;
        this.simulator = simulator;
    }

    @GetMapping("/api/v1/private/membership/price-rules/simulation")
    Map<String, Object> simulate(@RequestParam long product, @RequestParam(required = false) Long customer,
            @RequestParam(required = false) String group, @RequestParam(defaultValue = "1") int quantity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        PriceQuote quote = simulator.simulate(owner.get().storeCode(), product, customer, group, quantity, at);
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
