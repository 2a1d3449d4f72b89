package io.smm.membership.groups;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipTierSettingsRepository")
interface TierSettingsRepository extends JpaRepository<TierSettings, String> {

    List<TierSettings> findByEnabledTrue();
}
