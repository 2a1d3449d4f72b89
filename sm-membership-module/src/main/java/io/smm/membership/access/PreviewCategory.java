package io.smm.membership.access;

import java.util.Map;

/** One category as the previewed audience sees it; {@code opensAt} per permission opening later, local time. */
public final class PreviewCategory {

    private final long id;
    private final String name;
    private final int depth;
    private final Access access;
    private final Map<String, String> opensAt;
    private final long productCount;

    PreviewCategory(long id, String name, int depth, Access access, Map<String, String> opensAt,
            long productCount) {
        this.id = id;
        this.name = name;
        this.depth = depth;
        this.access = access;
        this.opensAt = opensAt;
        this.productCount = productCount;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getDepth() {
        return depth;
    }

    public boolean isListed() {
        return access.isListed();
    }

    public boolean isComing() {
        return access.isComing();
    }

    public boolean isShowsPrice() {
        return access.showsPrice();
    }

    public boolean isMayBuy() {
        return access.mayBuy();
    }

    public Map<String, String> getOpensAt() {
        return opensAt;
    }

    public long getProductCount() {
        return productCount;
    }
}
