package io.smm.membership.tiers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipSpendOrderRepository")
interface SpendOrderRepository extends JpaRepository<SpendOrder, Long> {

    String COUNTED = "select new io.smm.membership.tiers.CountedOrder(o.customerId, o.orderId, o.placedAt, o.total,"
            + " o.shipping, o.tax) from SmmSpendOrder o where o.storeCode = :storeCode"
            + " and o.customerId in :customerIds and o.status in :statuses";

    Optional<SpendOrder> findByStoreCodeAndOrderId(String storeCode, Long orderId);

    List<SpendOrder> findByStoreCodeAndOrderIdIn(String storeCode, Collection<Long> orderIds);

    /**
     * The customers' counted orders, read with a shared lock: a locking read sees the latest committed rows even
     * under MariaDB's repeatable read, so an evaluation that waited for another one counts its order too.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query(COUNTED)
    List<CountedOrder> lockCounted(String storeCode, Collection<Long> customerIds, Collection<String> statuses);

    @Query(COUNTED)
    List<CountedOrder> findCounted(String storeCode, Collection<Long> customerIds, Collection<String> statuses);

    /** Per customer: the sums of totals, shipping and tax of orders in these statuses placed from then on. */
    @Query("select o.customerId, sum(o.total), sum(o.shipping), sum(o.tax) from SmmSpendOrder o"
            + " where o.storeCode = :storeCode and o.status in :statuses and o.placedAt >= :from"
            + " group by o.customerId")
    List<Object[]> sumsByCustomer(String storeCode, Collection<String> statuses, Instant from);

    /** The currencies of the store's recorded orders, the latest order's first. */
    @Query("select o.currency from SmmSpendOrder o where o.storeCode = :storeCode order by o.orderId desc")
    List<String> currencies(String storeCode, Pageable page);

    @Query("select distinct o.customerId from SmmSpendOrder o where o.storeCode = :storeCode"
            + " and o.customerId > :after order by o.customerId")
    List<Long> customersAfter(String storeCode, Long after, Pageable page);
}
