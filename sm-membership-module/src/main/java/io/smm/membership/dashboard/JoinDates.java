package io.smm.membership.dashboard;

import java.time.Clock;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.identity.CustomerJoined;
import io.smm.membership.identity.CustomerJoinedListener;

/**
 * Records when each customer registered, once: the registration told twice keeps its first date. It is told after
 * the host's registration committed, so it writes in a transaction of its own.
 */
class JoinDates implements CustomerJoinedListener {

    private final TransactionTemplate transaction;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    JoinDates(PlatformTransactionManager transactions, Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void joined(CustomerJoined joined) {
        transaction.executeWithoutResult(status -> {
            boolean known = !entityManager.createQuery("select j.id from SmmJoinedCustomer j"
                    + " where j.storeCode = :store and j.customerId = :customer", Long.class)
                    .setParameter("store", joined.storeCode()).setParameter("customer", joined.customerId())
                    .setMaxResults(1).getResultList().isEmpty();
            if (!known) {
                entityManager.persist(new JoinedCustomer(joined.storeCode(), joined.customerId(),
                        Date.from(clock.instant())));
            }
        });
    }
}
