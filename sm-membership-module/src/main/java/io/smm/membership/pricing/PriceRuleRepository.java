package io.smm.membership.pricing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipPriceRuleRepository")
interface PriceRuleRepository extends JpaRepository<PriceRule, Long> {

    List<PriceRule> findByStoreCodeOrderByPriorityDescIdAsc(String storeCode);

    Optional<PriceRule> findByIdAndStoreCode(Long id, String storeCode);

    @Query("select s.stamp from SmmPricingStamp s where s.storeCode = :storeCode")
    Optional<Long> stampOf(String storeCode);

    @Modifying(flushAutomatically = true)
    @Query("update SmmPricingStamp s set s.stamp = s.stamp + 1 where s.storeCode = :storeCode")
    int bumpStamp(String storeCode);
}
