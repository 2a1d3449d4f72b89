package io.smm.membership.tiers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipTierRuleRepository")
interface TierRuleRepository extends JpaRepository<TierRule, Long> {

    List<TierRule> findByStoreCode(String storeCode);
}
