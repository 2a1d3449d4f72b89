package io.smm.membership.groups;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.smm.membership.sql.MultiRowInsert;

/** Behind {@link MembershipStandingInserts}: multi-row inserts, which H2, PostgreSQL and MariaDB all take. */
class MembershipStandingInsertsImpl implements MembershipStandingInserts {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void insertAll(String storeCode, Collection<Long> customerIds) {
        MultiRowInsert.insert(entityManager, "SMM_TIER_STANDING", List.of("STORE_CODE", "CUSTOMER_ID"),
                customerIds.stream().map(id -> new Object[] { storeCode, id }).collect(Collectors.toList()),
                CustomerStanding.class);
    }
}
