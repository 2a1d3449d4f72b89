package io.smm.membership.affiliates;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipAffiliateSettingsRepository")
interface AffiliateSettingsRepository extends JpaRepository<AffiliateSettings, String> {
}
