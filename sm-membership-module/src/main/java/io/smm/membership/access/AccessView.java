package io.smm.membership.access;

import java.util.Collection;
import java.util.Set;

/**
 * The catalog as one shopper sees it at one moment: what they may do with each category and product, and which
 * categories keep their products out of lists. Built once per set of groups and reused by every request of that set
 * until a rule changes or an early access opens.
 */
public interface AccessView {

    /** True when no rule reaches this shopper: every seam can pass the host's answer on unchanged. */
    boolean restrictsNothing();

    /** A category, with what it inherits from its parents; a category the store does not have is open. */
    Access ofCategory(long categoryId);

    /**
     * A product held by these categories (its own, not their parents): open when it is in none, else the most
     * generous of their accesses (store setting ANY) or the least (ALL).
     */
    Access ofProduct(Collection<Long> categoryIds);

    /** Categories whose products are not listed for this shopper (neither browsed nor shown as coming). */
    Set<Long> unlistedCategoryIds();

    /**
     * How a product in several categories is listed: true (ALL) when one unlisted category hides it, false (ANY)
     * when one listed category shows it.
     */
    boolean everyCategoryMustList();
}
