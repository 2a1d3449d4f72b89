package io.smm.membership.pricing;

import java.util.Set;

/** The groups a shopper prices as: a customer's tier and manual groups, or a guest's guest group. */
public final class ShopperGroups {

    final boolean customer;
    final Set<Long> groupIds;

    private final int hash;

    public ShopperGroups(boolean customer, Set<Long> groupIds) {
        this.customer = customer;
        this.groupIds = Set.copyOf(groupIds);
        this.hash = 31 * this.groupIds.hashCode() + Boolean.hashCode(customer);
    }

    public Set<Long> groupIds() {
        return groupIds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShopperGroups && ((ShopperGroups) other).customer == customer
                && ((ShopperGroups) other).groupIds.equals(groupIds);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
