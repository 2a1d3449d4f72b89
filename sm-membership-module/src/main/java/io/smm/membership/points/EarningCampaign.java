package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Set;

import io.smm.membership.checkout.CheckoutLine;

/**
 * A points campaign as earning reads it: a window (from its start, inclusive, to its end, exclusive), a multiplier,
 * and the categories and groups it is limited to (empty: all).
 */
public final class EarningCampaign {

    private final Instant startsAt;
    private final Instant endsAt;
    private final BigDecimal multiplier;
    private final Set<Long> categoryIds;
    private final Set<Long> groupIds;

    public EarningCampaign(Instant startsAt, Instant endsAt, BigDecimal multiplier, Set<Long> categoryIds,
            Set<Long> groupIds) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.multiplier = multiplier;
        this.categoryIds = Set.copyOf(categoryIds);
        this.groupIds = Set.copyOf(groupIds);
    }

    /** The campaign the owner entered in the store's own time: its boundaries are the store zone's. */
    public static EarningCampaign storeLocal(LocalDateTime startsAt, LocalDateTime endsAt, ZoneId storeZone,
            BigDecimal multiplier, Set<Long> categoryIds, Set<Long> groupIds) {
        return new EarningCampaign(startsAt.atZone(storeZone).toInstant(), endsAt.atZone(storeZone).toInstant(),
                multiplier, categoryIds, groupIds);
    }

    public BigDecimal multiplier() {
        return multiplier;
    }

    /** Whether the campaign runs at {@code at} for a shopper of these groups. */
    boolean runsFor(Set<Long> shopperGroups, Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt)
                && (groupIds.isEmpty() || !Collections.disjoint(groupIds, shopperGroups));
    }

    /** Whether a line of these categories earns at the campaign's multiplier. */
    boolean covers(CheckoutLine line) {
        return categoryIds.isEmpty() || !Collections.disjoint(categoryIds, line.categoryIds());
    }

    /** Whether the campaign covers every line, whatever its categories. */
    boolean coversAll() {
        return categoryIds.isEmpty();
    }
}
