package io.smm.membership.admin.pricing;

import java.util.List;

import io.smm.membership.groups.GroupView;
import io.smm.membership.pricing.PriceTier;

/** A product's prices for one group (or guests: no group view when the store has no guest group). */
public final class GroupPrices {

    private final GroupView group;
    private final boolean guests;
    private final List<PriceTier> tiers;

    GroupPrices(GroupView group, boolean guests, List<PriceTier> tiers) {
        this.group = group;
        this.guests = guests;
        this.tiers = List.copyOf(tiers);
    }

    public GroupView getGroup() {
        return group;
    }

    public boolean isGuests() {
        return guests;
    }

    /** The price of one unit. */
    public PriceTier getFirst() {
        return tiers.get(0);
    }

    /** The quantity tiers beyond one unit, where the unit price drops. */
    public List<PriceTier> getVolume() {
        return tiers.subList(1, tiers.size());
    }
}
