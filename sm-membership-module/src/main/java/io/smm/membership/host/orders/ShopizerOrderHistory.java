package io.smm.membership.host.orders;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.orderproduct.OrderProduct;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.orders.OrderLine;

/** The host's orders through its own entity manager. */
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

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderFacts> find(String storeCode, long orderId) {
        return entityManager.createQuery("select o from Order o where o.merchant.code = :store and o.id = :id",
                Order.class).setParameter("store", storeCode).setParameter("id", orderId).getResultList().stream()
                .findFirst().map(order -> HostOrders.facts(order, storeZone));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderLine> lines(String storeCode, long orderId) {
        return entityManager.createQuery("select p from OrderProduct p where p.order.id = :id"
                + " and p.order.merchant.code = :store order by p.id", OrderProduct.class)
                .setParameter("store", storeCode).setParameter("id", orderId).getResultList().stream()
                .map(line -> new OrderLine(line.getSku(), line.getProductName(), line.getProductQuantity(),
                        line.getOneTimeCharge()))
                .collect(Collectors.toList());
    }
}
