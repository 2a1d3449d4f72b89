package io.smm.membership.pricing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipOrderLinePriceRepository")
interface OrderLinePriceRepository extends JpaRepository<OrderLinePrice, Long> {

    List<OrderLinePrice> findByStoreCodeAndOrderIdOrderByIdAsc(String storeCode, Long orderId);
}
