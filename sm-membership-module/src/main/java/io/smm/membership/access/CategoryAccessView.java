package io.smm.membership.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One audience set's catalog at one moment, decided per category when built, so that a product is answered with a
 * few map look-ups and comparisons and no allocation: its most (ANY) or least (ALL) generous category's access.
 */
final class CategoryAccessView implements AccessView {

    /** A category's access with its rank: how many permissions it allows, then coming, then the earliest opening. */
    static final class Decided {

        static final Decided OPEN = new Decided(Access.open());

        final Access access;
        private final int rank;
        private final long opensAt;

        Decided(Access access) {
            this.access = access;
            int allowed = 0;
            Permission[] permissions = Permission.values();
            while (allowed < permissions.length && access.allows(permissions[allowed])) {
                allowed++;
            }
            Access.State next = allowed < permissions.length ? access.state(permissions[allowed]) : null;
            int partial = next != Access.State.NOT_YET ? 0 : allowed == 0 && !access.isComing() ? 1 : 2;
            this.rank = allowed * 4 + partial;
            this.opensAt = next == Access.State.NOT_YET ? access.opensAt(permissions[allowed])
                    .map(Instant::getEpochSecond).orElse(Long.MAX_VALUE) : Long.MAX_VALUE;
        }

        boolean moreGenerousThan(Decided other) {
            return rank != other.rank ? rank > other.rank : opensAt < other.opensAt;
        }
    }

    private final Map<Long, Decided> categories;
    private final Set<Long> unlisted;
    private final boolean restrictsNothing;
    private final boolean everyCategoryMustList;
    private final LongFunction<Decided> unknown;

    CategoryAccessView(Map<Long, Decided> categories, Set<Long> unlisted, boolean restrictsNothing,
            boolean everyCategoryMustList, LongFunction<Decided> unknown) {
        this.categories = categories;
        this.unlisted = Set.copyOf(unlisted);
        this.restrictsNothing = restrictsNothing;
        this.everyCategoryMustList = everyCategoryMustList;
        this.unknown = unknown;
    }

    @Override
    public boolean restrictsNothing() {
        return restrictsNothing;
    }

    @Override
    public Access ofCategory(long categoryId) {
        return decided(categoryId).access;
    }

    @Override
    public Access ofProduct(Collection<Long> categoryIds) {
        Decided chosen = null;
        for (Long categoryId : categoryIds) {
            Decided decided = decided(categoryId);
            if (chosen == null || (everyCategoryMustList ? chosen.moreGenerousThan(decided)
                    : decided.moreGenerousThan(chosen))) {
                chosen = decided;
            }
        }
        return chosen == null ? Access.open() : chosen.access;
    }

    @Override
    public Set<Long> unlistedCategoryIds() {
        return unlisted;
    }

    @Override
    public boolean everyCategoryMustList() {
        return everyCategoryMustList;
    }

    /** Whether the view was built with this category. */
    boolean knows(long categoryId) {
        return categories.containsKey(categoryId);
    }

    /** The category as built, or what the unknown handler says of a category created since. */
    Decided decided(long categoryId) {
        Decided decided = categories.get(categoryId);
        return decided != null ? decided : unknown.apply(categoryId);
    }
}
