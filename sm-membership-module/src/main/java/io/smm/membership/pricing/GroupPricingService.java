package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.Shopper;

/** Member prices: the rules of the shopper's groups applied to a product, from the in-memory index. */
public class GroupPricingService {

    private final PriceRuleIndex index;
    private final PriceResolver resolver;
    private final MembershipService memberships;
    private final Clock clock;

    GroupPricingService(PriceRuleIndex index, PriceResolver resolver, MembershipService memberships, Clock clock) {
        this.index = index;
        this.resolver = resolver;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** The groups a shopper prices as; one look-up, which callers may keep for the rest of a request. */
    public ShopperGroups groupsOf(Shopper shopper) {
        return new ShopperGroups(!shopper.isGuest(), memberships.groupsOf(shopper).stream().map(MemberGroup::getId)
                .collect(Collectors.toSet()));
    }

    /** The price of {@code quantity} units now. */
    public PriceQuote quote(ShopperGroups groups, ProductFacts product, int quantity) {
        Instant now = clock.instant();
        return resolver.price(query(groups, product, quantity, now), index.candidates(product, groups, quantity, now));
    }

    /**
     * The unit price from one unit up, then at every minimum quantity of the shopper's rules where it drops:
     * the quantity tiers a shopper can reach now.
     */
    public List<PriceTier> tiers(ShopperGroups groups, ProductFacts product) {
        List<IndexedRule> candidates = index.allOf(product, groups);
        SortedSet<Integer> steps = new TreeSet<>(List.of(1));
        candidates.forEach(rule -> steps.add(rule.minQuantity));
        Instant now = clock.instant();
        List<PriceTier> tiers = new ArrayList<>();
        for (int quantity : steps) {
            BigDecimal price = resolver.price(query(groups, product, quantity, now), candidates)
                    .finalPrice();
            if (tiers.isEmpty() || price.compareTo(tiers.get(tiers.size() - 1).getPrice()) < 0) {
                tiers.add(new PriceTier(quantity, price));
            }
        }
        return tiers;
    }

    /** The price at any quantity and time against every rule of the store, each rule with its verdict. */
    public PriceQuote simulate(ShopperGroups groups, ProductFacts product, int quantity, Instant at,
            List<PriceRule> storeRules) {
        return resolver.explain(query(groups, product, quantity, at),
                storeRules.stream().map(PriceRule::indexed).collect(Collectors.toList()));
    }

    private static PriceQuery query(ShopperGroups groups, ProductFacts product, int quantity, Instant at) {
        return new PriceQuery(groups.customer, groups.groupIds, product.productId, product.categoryIds, quantity, at,
                product.basePrice, product.specialPrice, product.currency);
    }
}
