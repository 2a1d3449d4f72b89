package io.smm.membership.access;

import java.util.List;

/** The owner's whole matrix: the store's settings, the audiences, and every category in tree order. */
public final class CategoryAccessOverview {

    private final AccessSettings settings;
    private final List<AudienceView> audiences;
    private final List<CategoryAccessEntry> categories;

    CategoryAccessOverview(AccessSettings settings, List<AudienceView> audiences,
            List<CategoryAccessEntry> categories) {
        this.settings = settings;
        this.audiences = List.copyOf(audiences);
        this.categories = List.copyOf(categories);
    }

    public AccessSettings getSettings() {
        return settings;
    }

    public List<AudienceView> getAudiences() {
        return audiences;
    }

    public List<CategoryAccessEntry> getCategories() {
        return categories;
    }
}
