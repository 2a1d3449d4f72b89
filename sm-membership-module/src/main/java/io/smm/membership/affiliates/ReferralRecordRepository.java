package io.smm.membership.affiliates;

import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

import io.smm.membership.checkout.CartKey;

@Repository("membershipReferralRecordRepository")
interface ReferralRecordRepository extends JpaRepository<ReferralRecord, CartKey> {

    /** The cart's record, locked until the transaction ends, so two clicks of one cart update it one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SmmAffiliateCartReferral r where r.storeCode = :storeCode and r.cartCode = :cartCode")
    Optional<ReferralRecord> lockedFor(String storeCode, String cartCode);

    @Query("select r from SmmAffiliateCartReferral r where r.storeCode = :storeCode and r.cartCode = :cartCode")
    Optional<ReferralRecord> of(String storeCode, String cartCode);
}
