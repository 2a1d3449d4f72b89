package io.smm.membership.rewards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipReferralBindingRepository")
interface ReferralBindingRepository extends JpaRepository<ReferralBinding, Long> {

    /** The next bound referrals after an id, in id order: the daily job's keyset batches. */
    @Query("select r from SmmReferral r where r.state = io.smm.membership.rewards.ReferralState.BOUND"
            + " and r.id > :afterId order by r.id")
    List<ReferralBinding> boundAfter(long afterId, Pageable batch);

    /** {@link #boundAfter} of one store: the owner's "settle now". */
    @Query("select r from SmmReferral r where r.state = io.smm.membership.rewards.ReferralState.BOUND"
            + " and r.storeCode = :storeCode and r.id > :afterId order by r.id")
    List<ReferralBinding> boundInStoreAfter(String storeCode, long afterId, Pageable batch);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SmmReferral r where r.id = :id")
    Optional<ReferralBinding> locked(long id);

    @Query("select count(r) from SmmReferral r where r.storeCode = :storeCode and r.referrerId = :referrerId"
            + " and r.state = io.smm.membership.rewards.ReferralState.REWARDED and r.rewardedAt >= :since")
    long rewardedSince(String storeCode, long referrerId, Instant since);

    @Query("select r from SmmReferral r where r.storeCode = :storeCode and r.referrerId = :referrerId"
            + " order by r.boundAt desc")
    List<ReferralBinding> ofReferrer(String storeCode, long referrerId);

    /**
     * The store's referrers with friends bound in {@code [from, until)}, counted by state, most friends first; the
     * code is the one the friends were bound by.
     */
    @Query(value = "select r.referrerId as referrerId, i.code as inviteCode, count(r) as bound,"
            + " sum(case when r.state = io.smm.membership.rewards.ReferralState.BOUND then 1 else 0 end) as pending,"
            + " sum(case when r.state = io.smm.membership.rewards.ReferralState.REWARDED then 1 else 0 end)"
            + " as rewarded,"
            + " sum(case when r.state = io.smm.membership.rewards.ReferralState.CAPPED then 1 else 0 end) as capped,"
            + " sum(case when r.state = io.smm.membership.rewards.ReferralState.REFUSED_SELF then 1 else 0 end)"
            + " as refusedSelf"
            + " from SmmReferral r, SmmInviteCode i where i.storeCode = r.storeCode and i.customerId = r.referrerId"
            + " and r.storeCode = :storeCode and r.boundAt >= :from and r.boundAt < :until"
            + " group by r.referrerId, i.code order by count(r) desc, r.referrerId",
            countQuery = "select count(distinct r.referrerId) from SmmReferral r where r.storeCode = :storeCode"
                    + " and r.boundAt >= :from and r.boundAt < :until")
    Page<ReferrerCounts> referrers(String storeCode, Instant from, Instant until, Pageable page);

    @Query("select r from SmmReferral r where r.storeCode = :storeCode and r.friendId = :friendId")
    Optional<ReferralBinding> ofFriend(String storeCode, long friendId);
}
