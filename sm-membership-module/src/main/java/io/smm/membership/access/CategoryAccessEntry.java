package io.smm.membership.access;

import java.util.Map;

/** One category of the owner's matrix: where it hangs, its product count, and a cell per audience and permission. */
public final class CategoryAccessEntry {

    private final long id;
    private final Long parentId;
    private final String code;
    private final String name;
    private final int depth;
    private final long productCount;
    private final BeforeOpeningView beforeOpening;
    private final Map<String, Map<String, CellView>> cells;

    CategoryAccessEntry(CategoryNode node, StoreRules.Resolved category, String name,
            Map<String, Map<String, CellView>> cells) {
        this.id = node.id();
        this.parentId = category.parentId;
        this.code = node.code();
        this.name = name;
        this.depth = category.depth;
        this.productCount = node.productCount();
        this.beforeOpening = new BeforeOpeningView(category.ownBeforeOpening, category.beforeOpening);
        this.cells = cells;
    }

    public long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** 0 for a top category. */
    public int getDepth() {
        return depth;
    }

    /** The products filed directly under it. */
    public long getProductCount() {
        return productCount;
    }

    public BeforeOpeningView getBeforeOpening() {
        return beforeOpening;
    }

    /** Audience key to permission name to cell, audiences in the order of the overview's. */
    public Map<String, Map<String, CellView>> getCells() {
        return cells;
    }
}
