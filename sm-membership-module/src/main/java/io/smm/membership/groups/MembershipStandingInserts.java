package io.smm.membership.groups;

import java.util.Collection;

/**
 * Creating many standing rows at once, which an entity with a database-generated id cannot do in a batch. Named
 * for the prefix every bean of ours carries: Spring Data registers the implementation as a bean named after it.
 */
interface MembershipStandingInserts {

    /** Inserts a standing row for each of these customers, a few hundred rows a statement. */
    void insertAll(String storeCode, Collection<Long> customerIds);
}
