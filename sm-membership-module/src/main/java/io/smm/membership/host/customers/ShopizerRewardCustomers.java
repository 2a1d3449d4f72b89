package io.smm.membership.host.customers;

import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import com.salesmanager.core.model.common.Delivery;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.order.Order;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;

import io.smm.membership.host.orders.HostOrders;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.rewards.RewardCustomer;
import io.smm.membership.rewards.RewardCustomers;

/** The host's customers ({@code CUSTOMER}) and orders ({@code ORDERS}) as rewards read them, by JPQL. */
class ShopizerRewardCustomers implements RewardCustomers {

    @PersistenceContext
    private EntityManager entityManager;

    private final ZoneId storeZone;

    ShopizerRewardCustomers(ZoneId storeZone) {
        this.storeZone = storeZone;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RewardCustomer> find(long customerId) {
        return Optional.ofNullable(entityManager.find(Customer.class, customerId)).map(customer -> new RewardCustomer(
                customer.getId(), customer.getEmailAddress(), oneLine(customer.getDelivery()),
                customer.getDateOfBirth() == null ? null : MonthDay.from(Instant.ofEpochMilli(
                        customer.getDateOfBirth().getTime()).atZone(ZoneId.systemDefault()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoreCustomer> bornIn(int month, long afterId, int limit) {
        return entityManager.createQuery("select c.merchantStore.code, c.id from Customer c"
                + " where c.anonymous = false and c.dateOfBirth is not null and month(c.dateOfBirth) = :month"
                + " and c.id > :after order by c.id", Object[].class)
                .setParameter("month", month).setParameter("after", afterId).setMaxResults(limit).getResultList()
                .stream().map(row -> new StoreCustomer((String) row[0], ((Number) row[1]).longValue()))
                .collect(Collectors.toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderFacts> firstStandingOrder(String storeCode, long customerId) {
        return entityManager.createQuery("select o from Order o where o.merchant.code = :store"
                + " and o.customerId = :customer and o.status not in :gone order by o.id", Order.class)
                .setParameter("store", storeCode).setParameter("customer", customerId)
                .setParameter("gone", List.of(OrderStatus.CANCELED, OrderStatus.REFUNDED)).setMaxResults(1)
                .getResultList().stream().findFirst().map(order -> HostOrders.facts(order, storeZone));
    }

    private static String oneLine(Delivery delivery) {
        if (delivery == null) {
            return null;
        }
        String line = Stream.of(delivery.getAddress(), delivery.getCity(), delivery.getPostalCode())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return line.isBlank() ? null : line;
    }
}
