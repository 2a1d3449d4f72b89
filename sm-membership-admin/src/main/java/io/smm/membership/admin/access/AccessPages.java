package io.smm.membership.admin.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.smm.membership.access.AudienceView;
import io.smm.membership.access.CategoryAccessEntry;
import io.smm.membership.access.CategoryAccessOverview;

/** What the category access pages read from the owner service's matrix besides the matrix itself. */
final class AccessPages {

    private static final Set<String> EVERYONE = Set.of("GUESTS", "MEMBERS");

    private AccessPages() {
    }

    /**
     * The audiences to show as columns, in the matrix's order: those {@code requested}, or when none are, guests,
     * members and every group with a rule on some category; a store with many groups stays readable.
     */
    static List<AudienceView> shown(CategoryAccessOverview overview, List<String> requested) {
        Set<String> keys = requested == null || requested.isEmpty() ? withRules(overview) : Set.copyOf(requested);
        return overview.getAudiences().stream().filter(audience -> keys.contains(audience.getKey()))
                .collect(Collectors.toList());
    }

    /** Category names by id, for "inherited from". */
    static Map<Long, String> names(CategoryAccessOverview overview) {
        return overview.getCategories().stream().collect(Collectors.toMap(CategoryAccessEntry::getId,
                CategoryAccessEntry::getName, (first, second) -> first, LinkedHashMap::new));
    }

    static Map<String, AudienceView> audiences(CategoryAccessOverview overview) {
        return overview.getAudiences().stream().collect(Collectors.toMap(AudienceView::getKey, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    private static Set<String> withRules(CategoryAccessOverview overview) {
        Set<String> keys = overview.getCategories().stream().flatMap(entry -> entry.getCells().entrySet().stream())
                .filter(row -> row.getValue().values().stream().anyMatch(cell -> cell.getSet() != null))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        keys.addAll(EVERYONE);
        return keys;
    }
}
