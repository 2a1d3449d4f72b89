package io.smm.membership.host;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import com.salesmanager.core.model.order.Order;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;

/** The host's orders through its own entity manager, a page at a time. */
class ShopizerOrderHistory implements OrderHistory {

    @PersistenceContext
    private EntityManager entityManager;

    private final ZoneId storeZone;

    ShopizerOrderHistory(ZoneId storeZone) {
        this.storeZone = storeZone;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderFacts> after(String storeCode, long afterOrderId, int limit) {
        return entityManager.createQuery("select o from Order o where o.merchant.code = :store and o.id > :after"
                + " order by o.id", Order.class).setParameter("store", storeCode).setParameter("after", afterOrderId)
                .setMaxResults(limit).getResultList().stream().map(order -> HostOrders.facts(order, storeZone)).collect(Collectors.toList());
    }
}
