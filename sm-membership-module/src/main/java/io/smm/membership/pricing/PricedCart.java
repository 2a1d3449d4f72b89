package io.smm.membership.pricing;

import java.util.List;

/** A cart's lines as member prices priced them, and the groups of the shopper they were priced for. */
public final class PricedCart {

    final ShopperGroups groups;
    final List<PricedLine> lines;

    public PricedCart(ShopperGroups groups, List<PricedLine> lines) {
        this.groups = groups;
        this.lines = List.copyOf(lines);
    }
}
