package io.smm.membership.analytics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds each member's favourite category from their spend per product, read member by member: the category whose
 * products took the most of it (a product in two categories counts for both), the lowest id on a tie.
 */
final class FavouriteCategories {

    private final RfmFigures figures;
    private final Map<Long, Long> spendByCategory = new HashMap<>();
    private long customer = RfmFigures.NONE;

    FavouriteCategories(RfmFigures figures) {
        this.figures = figures;
    }

    /** Adds a member's spend on products of {@code categories}; the members must come in one run each. */
    void add(long customerId, Set<Long> categories, long spend) {
        if (customerId != customer) {
            finish();
            customer = customerId;
        }
        for (Long category : categories) {
            spendByCategory.merge(category, spend, Long::sum);
        }
    }

    /** Records the last member's favourite. */
    void finish() {
        int i = figures.indexOf(customer);
        if (i >= 0) {
            spendByCategory.entrySet().stream()
                    .max(Map.Entry.<Long, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .ifPresent(best -> figures.favouriteCategory[i] = best.getKey());
        }
        spendByCategory.clear();
        customer = RfmFigures.NONE;
    }
}
