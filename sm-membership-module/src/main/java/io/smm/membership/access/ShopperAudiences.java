package io.smm.membership.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The audiences a shopper belongs to: a guest is GUESTS and the store's guest group, a customer MEMBERS and their
 * tier and manual groups. Views are cached by it, so two shoppers with the same groups share one.
 */
final class ShopperAudiences {

    final boolean guest;
    final Set<Long> groupIds;
    final List<String> keys;
    private final int hash;

    ShopperAudiences(boolean guest, Collection<Long> groupIds) {
        this.guest = guest;
        this.groupIds = Set.copyOf(groupIds);
        List<String> all = new ArrayList<>();
        all.add(guest ? Audience.guests().key() : Audience.members().key());
        this.groupIds.forEach(id -> all.add(Audience.group(id).key()));
        this.keys = List.copyOf(all);
        this.hash = 31 * this.groupIds.hashCode() + Boolean.hashCode(guest);
    }

    /** The same shopper in one more group (or, for a tier, in this tier instead of {@code without}). */
    ShopperAudiences with(long groupId, Long without) {
        List<Long> ids = new ArrayList<>(groupIds);
        ids.remove(without);
        ids.add(groupId);
        return new ShopperAudiences(guest, ids);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShopperAudiences && ((ShopperAudiences) other).guest == guest
                && ((ShopperAudiences) other).groupIds.equals(groupIds);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
