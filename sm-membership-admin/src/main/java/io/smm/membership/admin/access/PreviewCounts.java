package io.smm.membership.admin.access;

import io.smm.membership.access.AccessPreview;
import io.smm.membership.access.PreviewCategory;

/** How many of the previewed categories are listed, coming, listed with the price hidden, and buyable. */
public final class PreviewCounts {

    private final long listed;
    private final long coming;
    private final long priceHidden;
    private final long buyable;

    private PreviewCounts(long listed, long coming, long priceHidden, long buyable) {
        this.listed = listed;
        this.coming = coming;
        this.priceHidden = priceHidden;
        this.buyable = buyable;
    }

    static PreviewCounts of(AccessPreview preview) {
        return new PreviewCounts(preview.getListedCategories(),
                preview.getCategories().stream().filter(PreviewCategory::isComing).count(),
                preview.getCategories().stream().filter(category -> category.isListed() && !category.isShowsPrice())
                        .count(),
                preview.getCategories().stream().filter(PreviewCategory::isMayBuy).count());
    }

    public long getListed() {
        return listed;
    }

    public long getComing() {
        return coming;
    }

    public long getPriceHidden() {
        return priceHidden;
    }

    public long getBuyable() {
        return buyable;
    }
}
