package io.smm.membership.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.hibernate.query.NativeQuery;

/** Behind {@link MembershipStandingInserts}: multi-row inserts, which H2, PostgreSQL and MariaDB all take. */
class MembershipStandingInsertsImpl implements MembershipStandingInserts {

    private static final int ROWS_PER_STATEMENT = 500;

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void insertAll(String storeCode, Collection<Long> customerIds) {
        List<Long> all = new ArrayList<>(customerIds);
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            String rows = String.join(", ", Collections.nCopies(chunk.size(), "(?, ?)"));
            NativeQuery<?> insert = entityManager.createNativeQuery(
                    "insert into {h-schema}SMM_TIER_STANDING (STORE_CODE, CUSTOMER_ID) values " + rows)
                    .unwrap(NativeQuery.class)
                    .addSynchronizedEntityClass(CustomerStanding.class); // else Hibernate clears every cache region
            for (int row = 0; row < chunk.size(); row++) {
                insert.setParameter(2 * row + 1, storeCode);
                insert.setParameter(2 * row + 2, chunk.get(row));
            }
            insert.executeUpdate();
        }
    }
}
