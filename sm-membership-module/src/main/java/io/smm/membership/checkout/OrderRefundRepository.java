package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipOrderRefundRepository")
interface OrderRefundRepository extends JpaRepository<OrderRefund, Long> {

    Optional<OrderRefund> findByStoreCodeAndRefundKey(String storeCode, String refundKey);

    List<OrderRefund> findByStoreCodeAndOrderIdOrderByIdAsc(String storeCode, Long orderId);

    /** What the order's refunds of this source add up to; zero when none. */
    @Query("select coalesce(sum(r.amount), 0) from SmmOrderRefund r where r.storeCode = :storeCode"
            + " and r.orderId = :orderId and r.source = :source")
    BigDecimal total(String storeCode, Long orderId, OrderRefund.Source source);
}
