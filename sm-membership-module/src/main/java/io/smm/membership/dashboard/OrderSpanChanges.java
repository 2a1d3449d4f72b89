package io.smm.membership.dashboard;

import static io.smm.membership.sql.NativeRows.unmappedWrite;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.smm.membership.orders.OrderChanges;

/**
 * Notes, in the transaction of the change, each member whose paid orders changed, for {@link OrderSpanRefresher}
 * to count again: an insert of its own row, so that checkouts at once never wait for one another here.
 */
class OrderSpanChanges implements OrderChanges {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public void changed(String storeCode, long customerId) {
        unmappedWrite(entityManager, "insert into {h-schema}SMM_SPAN_CHANGE (STORE_CODE, CUSTOMER_ID)"
                + " values (:store, :customer)").setParameter("store", storeCode).setParameter("customer", customerId)
                .executeUpdate();
    }
}
