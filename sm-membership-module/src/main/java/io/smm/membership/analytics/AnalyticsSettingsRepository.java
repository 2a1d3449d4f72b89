package io.smm.membership.analytics;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipAnalyticsSettingsRepository")
interface AnalyticsSettingsRepository extends JpaRepository<AnalyticsSettings, String> {
}
