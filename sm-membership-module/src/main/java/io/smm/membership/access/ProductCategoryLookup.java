package io.smm.membership.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The categories that hold products themselves (not their parents), from the host's catalog. */
public interface ProductCategoryLookup {

    /** Every product asked for that is in a category; a product in none is left out. */
    Map<Long, Set<Long>> categoriesOf(Collection<Long> productIds);
}
