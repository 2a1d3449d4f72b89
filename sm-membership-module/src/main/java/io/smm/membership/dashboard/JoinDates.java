package io.smm.membership.dashboard;

import java.time.Clock;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.identity.CustomerJoined;
import io.smm.membership.identity.CustomerJoinedListener;

/** Records when each customer registered, once: the registration told twice keeps its first date. */
class JoinDates implements CustomerJoinedListener {

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    JoinDates(Clock clock) {
        this.clock = clock;
    }

    @Override
    @Transactional
    public void joined(CustomerJoined joined) {
        boolean known = !entityManager.createQuery("select j.id from SmmJoinedCustomer j where j.storeCode = :store"
                + " and j.customerId = :customer", Long.class).setParameter("store", joined.storeCode())
                .setParameter("customer", joined.customerId()).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            entityManager.persist(new JoinedCustomer(joined.storeCode(), joined.customerId(),
                    Date.from(clock.instant())));
        }
    }
}
