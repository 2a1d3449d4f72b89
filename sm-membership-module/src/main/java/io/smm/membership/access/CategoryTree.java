package io.smm.membership.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's categories of a store and which of them hold a product: the port category restriction reads the
 * catalog through. Implemented in the host seam; each method is a fixed number of queries.
 */
public interface CategoryTree {

    /** Every category of the store, id to parent id (null for a top category): what the views are built on. */
    Map<Long, Long> parents(String storeCode);

    /** Every category of the store with its names and product count, parents before children, siblings in order. */
    List<CategoryNode> categories(String storeCode);

    /** The categories a product of the store is filed under (its own, not their parents); empty for no such product. */
    Optional<List<Long>> categoriesOf(String storeCode, long productId);

    /** Every product of the store with its own categories (an empty list for a product in none). */
    Map<Long, List<Long>> productCategories(String storeCode);
}
