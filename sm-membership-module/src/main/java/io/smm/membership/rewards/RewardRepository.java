package io.smm.membership.rewards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipRewardRepository")
interface RewardRepository extends JpaRepository<Reward, Long> {

    @Query("select r from SmmReward r where r.storeCode = :storeCode and r.customerId = :customerId"
            + " order by r.grantedAt desc, r.id desc")
    List<Reward> ofCustomer(String storeCode, long customerId);
}
