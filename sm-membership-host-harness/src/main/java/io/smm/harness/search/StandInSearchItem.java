package io.smm.harness.search;

import java.util.List;
import java.util.Map;

/**
 * One indexed product in one language, the JSON of the search starter's {@code SearchItem} that
 * {@code POST /api/v1/search} returns: {@code id}, {@code name}, {@code category} (the name of the product's
 * first category), {@code link} (friendly URL), {@code inventory} ({@code SKU}, {@code QTY}, {@code PRICE} and,
 * when discounted, {@code DISCOUNT_PRICE} as at index time). It knows nothing of groups.
 */
public class StandInSearchItem {

    private final Long id;
    private final String store;
    private final String language;
    private final String name;
    private final String category;
    private final String link;
    private final List<Map<String, String>> inventory;

    StandInSearchItem(Long id, String store, String language, String name, String category, String link,
            List<Map<String, String>> inventory) {
        this.id = id;
        this.store = store;
        this.language = language;
        this.name = name;
        this.category = category;
        this.link = link;
        this.inventory = inventory;
    }

    public Long getId() {
        return id;
    }

    public String getStore() {
        return store;
    }

    public String getLanguage() {
        return language;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getLink() {
        return link;
    }

    public List<Map<String, String>> getInventory() {
        return inventory;
    }

    boolean matches(String word) {
        String lower = word.toLowerCase();
        return contains(name, lower) || contains(category, lower);
    }

    private static boolean contains(String text, String lowerWord) {
        return text != null && text.toLowerCase().contains(lowerWord);
    }
}
