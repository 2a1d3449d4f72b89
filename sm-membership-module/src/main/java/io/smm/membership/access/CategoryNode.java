package io.smm.membership.access;

import java.util.Locale;
import java.util.Map;

import io.smm.membership.catalog.NameChoice;

/** One of the host's categories as the owner's pages show it: where it hangs, its names, its own product count. */
public final class CategoryNode {

    private final long id;
    private final Long parentId;
    private final String code;
    private final Map<String, String> namesByLanguage;
    private final String storeLanguage;
    private final long productCount;

    /**
     * @param namesByLanguage the names keyed by the host's language code
     * @param storeLanguage the store's default language code, for {@link NameChoice}; may be null
     * @param productCount the products filed directly under it
     */
    public CategoryNode(long id, Long parentId, String code, Map<String, String> namesByLanguage,
            String storeLanguage, long productCount) {
        this.id = id;
        this.parentId = parentId;
        this.code = code;
        this.namesByLanguage = Map.copyOf(namesByLanguage);
        this.storeLanguage = storeLanguage;
        this.productCount = productCount;
    }

    public long id() {
        return id;
    }

    /** The parent's id; null for a top category. */
    public Long parentId() {
        return parentId;
    }

    public String code() {
        return code;
    }

    /** The name in a locale, as {@link NameChoice} picks it; the code when it has no name. */
    public String name(Locale locale) {
        String name = NameChoice.pick(namesByLanguage, locale, storeLanguage);
        return name == null ? code : name;
    }

    public long productCount() {
        return productCount;
    }
}
