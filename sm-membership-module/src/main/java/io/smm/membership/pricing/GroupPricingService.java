package io.smm.membership.pricing;

import java.time.Clock;
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
        PriceQuery query = new PriceQuery(groups.customer, groups.groupIds, product.productId, product.categoryIds,
                quantity, clock.instant(), product.basePrice, product.specialPrice, product.currency);
        return resolver.resolve(query, index.candidates(product.storeCode, product.productId, product.categoryIds));
    }
}
