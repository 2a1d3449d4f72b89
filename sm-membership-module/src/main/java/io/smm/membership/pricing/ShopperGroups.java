package io.smm.membership.pricing;

import java.util.Set;

/** The groups a shopper prices as: a customer's tier and manual groups, or a guest's guest group. */
public final class ShopperGroups {

    final boolean customer;
    final Set<Long> groupIds;

    public ShopperGroups(boolean customer, Set<Long> groupIds) {
        this.customer = customer;
        this.groupIds = Set.copyOf(groupIds);
    }
}
