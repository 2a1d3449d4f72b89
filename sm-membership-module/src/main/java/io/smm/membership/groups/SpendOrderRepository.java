package io.smm.membership.groups;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipSpendOrderRepository")
interface SpendOrderRepository extends JpaRepository<SpendOrder, Long> {

    Optional<SpendOrder> findByStoreCodeAndOrderId(String storeCode, Long orderId);
}
