package io.smm.membership.tiers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipTierSettingsRepository")
interface TierSettingsRepository extends JpaRepository<TierSettings, String> {

    List<TierSettings> findByEnabledTrue();
}
