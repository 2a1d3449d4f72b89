package io.smm.membership.rewards;

import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipInviteCodeRepository")
interface InviteCodeRepository extends JpaRepository<InviteCode, Long> {

    @Query("select i from SmmInviteCode i where i.storeCode = :storeCode and i.customerId = :customerId")
    Optional<InviteCode> ofCustomer(String storeCode, long customerId);

    /** The customer's code row, locked until the transaction ends: the referral rewards' lock per referrer. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from SmmInviteCode i where i.storeCode = :storeCode and i.customerId = :customerId")
    Optional<InviteCode> lockedOf(String storeCode, long customerId);

    @Query("select i from SmmInviteCode i where i.storeCode = :storeCode and i.code = :code")
    Optional<InviteCode> byCode(String storeCode, String code);
}
