package io.smm.membership.access;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipAccessSettingsRepository")
interface AccessSettingsRepository extends JpaRepository<AccessSettings, String> {
}
