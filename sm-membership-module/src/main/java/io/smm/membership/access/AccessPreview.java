package io.smm.membership.access;

import java.util.List;

/** The catalog one audience sees at one local time, with counts: the owner's "preview as". */
public final class AccessPreview {

    private final String audience;
    private final String at;
    private final List<PreviewCategory> categories;
    private final long listedProducts;

    AccessPreview(String audience, String at, List<PreviewCategory> categories, long listedProducts) {
        this.audience = audience;
        this.at = at;
        this.categories = List.copyOf(categories);
        this.listedProducts = listedProducts;
    }

    public String getAudience() {
        return audience;
    }

    /** The store-local date-time previewed. */
    public String getAt() {
        return at;
    }

    public List<PreviewCategory> getCategories() {
        return categories;
    }

    public long getListedCategories() {
        return categories.stream().filter(PreviewCategory::isListed).count();
    }

    public long getHiddenCategories() {
        return categories.size() - getListedCategories();
    }

    /** Products listed to the audience, each counted once, those in no category included. */
    public long getListedProducts() {
        return listedProducts;
    }
}
