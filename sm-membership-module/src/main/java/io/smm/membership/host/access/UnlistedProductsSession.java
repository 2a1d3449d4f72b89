package io.smm.membership.host.access;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.aspectj.lang.ProceedingJoinPoint;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.smm.membership.access.AccessView;

/**
 * Runs one host call with the products of the shopper's unlisted categories filtered out of its queries
 * ({@link UnlistedProductFilters}), on the entity manager the host's queries will use: the one the request has bound
 * (open in view), else one bound for this call only. The filter is disabled again when the call returns, so nothing
 * else the request does (cart, checkout) ever sees it.
 */
final class UnlistedProductsSession {

    private final EntityManagerFactory factory;

    UnlistedProductsSession(EntityManagerFactory factory) {
        this.factory = factory;
    }

    Object proceedFiltered(AccessView view, ProceedingJoinPoint call) throws Throwable {
        EntityManagerHolder bound = (EntityManagerHolder) TransactionSynchronizationManager.getResource(factory);
        EntityManager own = bound == null ? factory.createEntityManager() : null;
        if (own != null) {
            TransactionSynchronizationManager.bindResource(factory, new EntityManagerHolder(own));
        }
        Session session = (own != null ? own : bound.getEntityManager()).unwrap(Session.class);
        String filter = view.everyCategoryMustList() ? UnlistedProductFilters.ANY_UNLISTED
                : UnlistedProductFilters.ALL_UNLISTED;
        session.enableFilter(filter).setParameterList(UnlistedProductFilters.CATEGORY_IDS,
                view.unlistedCategoryIds());
        try {
            return call.proceed();
        } finally {
            session.disableFilter(filter);
            if (own != null) {
                TransactionSynchronizationManager.unbindResource(factory);
                EntityManagerFactoryUtils.closeEntityManager(own);
            }
        }
    }
}
