package io.smm.membership.affiliates;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipAffiliateCouponRepository")
interface CouponBindingRepository extends JpaRepository<CouponBinding, Long> {

    Optional<CouponBinding> findByCouponIdAndStoreCode(Long couponId, String storeCode);

    List<CouponBinding> findByAffiliateIdOrderByBoundAt(Long affiliateId);
}
