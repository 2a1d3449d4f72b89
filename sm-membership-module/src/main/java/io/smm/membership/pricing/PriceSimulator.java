package io.smm.membership.pricing;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The owner's price simulator: a product's price for a customer, a group or a guest, at a quantity and a time,
 * with every rule of the store and why it did or did not set the price. The owner JSON and the admin page ask it.
 */
public class PriceSimulator {

    private final GroupPricingService pricing;
    private final PriceRuleService rules;
    private final GroupService groups;
    private final CatalogDirectory catalog;
    private final Clock clock;

    PriceSimulator(GroupPricingService pricing, PriceRuleService rules, GroupService groups, CatalogDirectory catalog,
            Clock clock) {
        this.pricing = pricing;
        this.rules = rules;
        this.groups = groups;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * @param customer the customer to price for, or null
     * @param group    the code of a group to price for when no customer is named, or null for a guest
     * @param at       the time to price at; null for now
     */
    @Transactional(readOnly = true)
    public PriceQuote simulate(String store, long product, Long customer, String group, int quantity, Instant at) {
        if (quantity < 1) {
            throw new InvalidInputException(new Violation("quantity", "membership.price-rule.min-quantity.range"));
        }
        ProductFacts facts = catalog.productFacts(store, product)
                .orElseThrow(() -> new NotFoundException("membership.product.not-found", product));
        ShopperGroups shopper = customer != null ? pricing.groupsOf(Shopper.customer(store, customer))
                : group != null ? new ShopperGroups(true, Set.of(groups.getByCode(store, group).getId()))
                : pricing.groupsOf(Shopper.guest(store));
        return pricing.simulate(shopper, facts, quantity, at == null ? clock.instant() : at, rules.list(store));
    }
}
