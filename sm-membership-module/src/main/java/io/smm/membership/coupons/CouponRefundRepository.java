package io.smm.membership.coupons;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipCouponRefundRepository")
interface CouponRefundRepository extends JpaRepository<CouponRefundEntry, Long> {

    boolean existsByRedemptionIdAndRefundKey(Long redemptionId, String refundKey);

    List<CouponRefundEntry> findByRedemptionIdIn(Collection<Long> redemptionIds);
}
