package io.smm.membership.coupons;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponSettingsRepository")
interface CouponSettingsRepository extends JpaRepository<CouponSettings, String> {
}
