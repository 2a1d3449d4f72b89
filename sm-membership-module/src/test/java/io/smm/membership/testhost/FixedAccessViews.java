package io.smm.membership.testhost;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessView;
import io.smm.membership.access.AccessViews;
import io.smm.membership.identity.Shopper;

/**
 * Access views set by a test, per shopper (a guest of a store, or a customer), for seam tests that need a
 * restricted catalog without the owner's rules: unset shoppers see everything.
 */
public final class FixedAccessViews implements AccessViews {

    private final Map<Shopper, FixedView> views = new HashMap<>();

    @Override
    public AccessView viewOf(Shopper shopper) {
        return views.getOrDefault(shopper, new FixedView());
    }

    /** The view of this shopper, made on first use; change it before the request. */
    public FixedView of(Shopper shopper) {
        return views.computeIfAbsent(shopper, any -> new FixedView());
    }

    public void clear() {
        views.clear();
    }

    /** One shopper's view: categories with their access, and whether every category must list a product. */
    public static final class FixedView implements AccessView {

        private final Map<Long, Access> categories = new HashMap<>();
        private boolean everyCategoryMustList = true;

        public FixedView category(long categoryId, Access access) {
            categories.put(categoryId, access);
            return this;
        }

        public FixedView anyCategoryLists() {
            everyCategoryMustList = false;
            return this;
        }

        @Override
        public boolean restrictsNothing() {
            return categories.values().stream().allMatch(Access::mayBuy);
        }

        @Override
        public Access ofCategory(long categoryId) {
            return categories.getOrDefault(categoryId, Access.open());
        }

        @Override
        public Access ofProduct(Collection<Long> categoryIds) {
            Access chosen = null;
            for (long id : categoryIds) {
                Access access = ofCategory(id);
                if (chosen == null || (everyCategoryMustList ? rank(access) < rank(chosen)
                        : rank(access) > rank(chosen))) {
                    chosen = access;
                }
            }
            return chosen == null ? Access.open() : chosen;
        }

        @Override
        public Set<Long> unlistedCategoryIds() {
            Set<Long> unlisted = new HashSet<>();
            categories.forEach((id, access) -> {
                if (!access.isListed()) {
                    unlisted.add(id);
                }
            });
            return unlisted;
        }

        @Override
        public boolean everyCategoryMustList() {
            return everyCategoryMustList;
        }

        private static int rank(Access access) {
            return access.mayBuy() ? 3 : access.showsPrice() ? 2 : access.isListed() ? 1 : 0;
        }
    }
}
