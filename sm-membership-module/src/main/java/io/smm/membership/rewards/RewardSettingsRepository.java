package io.smm.membership.rewards;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipRewardSettingsRepository")
interface RewardSettingsRepository extends JpaRepository<RewardSettings, String> {
}
