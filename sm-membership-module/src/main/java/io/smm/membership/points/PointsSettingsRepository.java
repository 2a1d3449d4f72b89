package io.smm.membership.points;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipPointsSettingsRepository")
interface PointsSettingsRepository extends JpaRepository<PointsSettings, String> {
}
