package io.smm.membership.catalog;

import java.util.Objects;

/**
 * A product or category of the host's catalog as the owner's pickers show it: its id, its name in the asked
 * language (or the closest the host has), and the product's SKU or the category's code.
 */
public final class CatalogItem {

    private final long id;
    private final String name;
    private final String sku;
    private final String code;

    private CatalogItem(long id, String name, String sku, String code) {
        this.id = id;
        this.name = name;
        this.sku = sku;
        this.code = code;
    }

    /** @param name null when the host has no name for it in any language */
    public static CatalogItem product(long id, String name, String sku) {
        return new CatalogItem(id, name, sku, null);
    }

    public static CatalogItem category(long id, String name, String code) {
        return new CatalogItem(id, name, null, code);
    }

    public long getId() {
        return id;
    }

    /** The name in the asked language, else the store's language, else any; the SKU or code when it has none. */
    public String getName() {
        return name != null ? name : sku != null ? sku : code;
    }

    /** A product's SKU; null for a category. */
    public String getSku() {
        return sku;
    }

    /** A category's code; null for a product. */
    public String getCode() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CatalogItem)) {
            return false;
        }
        CatalogItem item = (CatalogItem) other;
        return id == item.id && Objects.equals(name, item.name) && Objects.equals(sku, item.sku)
                && Objects.equals(code, item.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, sku, code);
    }

    @Override
    public String toString() {
        return getName() + " (#" + id + ")";
    }
}
