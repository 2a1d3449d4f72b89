package io.smm.membership.host.identity;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

import io.smm.membership.dashboard.MemberRoll;

/**
 * Counts and lists the host's customers by tier and creation date ({@code Customer.auditSection.dateCreated},
 * docs/host-seams.md#host-tables-we-read, which Shopizer 3.2.5 leaves empty, else the date our registration seam
 * recorded) with JPQL, the tier row and the registration row joined on the customer's id.
 */
public class ShopizerMemberRoll implements MemberRoll {

    private static final String TIER = "coalesce(m.group.id, :defaultTier)";
    /** The host's creation date, else the date our registration seam recorded. */
    private static final String CREATED = "coalesce(c.auditSection.dateCreated, j.joinedAt)";
    private static final String JOINED = " left join SmmJoinedCustomer j on j.customerId = c.id"
            + " and j.storeCode = :store";
    private static final String FROM = " from Customer c left join SmmMembership m on m.customerId = c.id"
            + " and m.tierSlot = 1" + JOINED + " where c.merchantStore.code = :store";
    private static final String CREATED_BEFORE = " and (" + CREATED + " < :to or " + CREATED + " is null)";
    private static final String CREATED_BETWEEN = " and " + CREATED + " >= :from and " + CREATED + " < :to";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Map<Long, Long> countByTier(String storeCode, long defaultTierId, Instant createdFrom,
            Instant createdTo) {
        // grouped by the tier row's group, the default tier added in Java: neither H2 nor PostgreSQL can tell that
        // a coalesce(..., ?) in the select list and in the group by, each with a parameter of its own, are the same
        TypedQuery<Object[]> query = entityManager.createQuery("select m.group.id, count(c)" + where(createdFrom)
                + " group by m.group.id", Object[].class);
        return bind(query, storeCode, null, createdFrom, createdTo).getResultList().stream()
                .collect(Collectors.toMap(row -> row[0] == null ? defaultTierId : (Long) row[0],
                        row -> (Long) row[1], Long::sum));
    }

    @Override
    public List<Long> customers(String storeCode, long defaultTierId, Long tierId, Instant createdFrom,
            Instant createdTo, int offset, int limit) {
        if (tierId == null) {
            return bind(entityManager.createQuery("select c.id" + where(createdFrom) + " order by c.id", Long.class),
                    storeCode, null, createdFrom, createdTo).setFirstResult(offset).setMaxResults(limit)
                    .getResultList();
        }
        TypedQuery<Long> query = entityManager.createQuery("select c.id" + where(createdFrom) + " and " + TIER
                + " = :tier order by c.id", Long.class);
        return bind(query, storeCode, defaultTierId, createdFrom, createdTo).setParameter("tier", tierId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Object[]> registrations(String storeCode, long afterId, int limit) {
        return entityManager.createQuery("select c.id, " + CREATED + " from Customer c" + JOINED
                + " where c.merchantStore.code = :store and c.id > :after order by c.id", Object[].class)
                .setParameter("store", storeCode).setParameter("after", afterId).setMaxResults(limit)
                .getResultList();
    }

    private static String where(Instant createdFrom) {
        return FROM + (createdFrom == null ? CREATED_BEFORE : CREATED_BETWEEN);
    }

    /** Binds the store, the creation dates and, unless null, the default tier. */
    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String storeCode, Long defaultTierId,
            Instant createdFrom, Instant createdTo) {
        query.setParameter("store", storeCode).setParameter("to", Date.from(createdTo));
        if (defaultTierId != null) {
            query.setParameter("defaultTier", defaultTierId);
        }
        if (createdFrom != null) {
            query.setParameter("from", Date.from(createdFrom));
        }
        return query;
    }
}
