package io.smm.membership.rewards;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;

import io.smm.membership.orders.OrderFacts;

/**
 * The daily referral rewards, on one node at a time (the {@value #JOB} lease): each bound friend whose first order
 * that is neither canceled nor refunded has passed the points' return window is settled once, in its own short
 * transaction holding the referral's row: refused when the friend is the referrer (account, e-mail or delivery
 * address), capped when the referrer has had the month's most, else both sides rewarded (keys
 * {@code referral:<friendId>:referrer} and {@code referral:<friendId>:friend}). Each settlement locks the
 * referrer's invite code row before it counts the month's rewards, so settlements of one referrer's friends take
 * turns and the monthly cap holds however many nodes or threads settle at once.
 */
public class ReferralRewards {

    static final String JOB = "rewards-referral";
    private static final Logger LOGGER = LoggerFactory.getLogger(ReferralRewards.class);

    private final ReferralBindingRepository referrals;
    private final InviteCodeRepository inviteCodes;
    private final RewardCustomers customers;
    private final RewardJobs jobs;

    ReferralRewards(ReferralBindingRepository referrals, InviteCodeRepository inviteCodes, RewardCustomers customers,
            RewardJobs jobs) {
        this.referrals = referrals;
        this.inviteCodes = inviteCodes;
        this.customers = customers;
        this.jobs = jobs;
    }

    /** Settles every referral due now; how many were rewarded, or -1 when another node is running the job. */
    public int settleDue() {
        return settleDue(jobs.clock.instant());
    }

    /** {@link #settleDue()} for one store's referrals only: its owner's "settle now". */
    public int settleDue(String storeCode) {
        return settleDue(jobs.clock.instant(), afterId -> referrals.boundInStoreAfter(storeCode, afterId,
                PageRequest.of(0, jobs.batchSize)));
    }

    int settleDue(Instant now) {
        return settleDue(now, afterId -> referrals.boundAfter(afterId, PageRequest.of(0, jobs.batchSize)));
    }

    private int settleDue(Instant now, LongFunction<List<ReferralBinding>> boundAfter) {
        int rewarded = jobs.underLease(JOB, () -> {
            int count = 0;
            long afterId = 0;
            for (List<ReferralBinding> batch = bound(boundAfter, afterId); !batch.isEmpty();
                    batch = bound(boundAfter, afterId)) {
                for (ReferralBinding referral : batch) {
                    if (settle(referral, now)) {
                        count++;
                    }
                }
                afterId = batch.get(batch.size() - 1).getId();
                jobs.renew(JOB);
            }
            return count;
        });
        if (rewarded > 0) {
            LOGGER.info("Rewarded {} referrals", rewarded);
        }
        return rewarded;
    }

    private List<ReferralBinding> bound(LongFunction<List<ReferralBinding>> boundAfter, long afterId) {
        return jobs.transaction.execute(status -> boundAfter.apply(afterId));
    }

    /** Settles one referral read before, in a short transaction of its own; whether both sides were rewarded. */
    boolean settle(ReferralBinding read, Instant now) {
        return Boolean.TRUE.equals(jobs.transaction.execute(status -> settleLocked(read, now)));
    }

    private boolean settleLocked(ReferralBinding read, Instant now) {
        // the first statement (docs/points.md: on MariaDB a plain read first would fix the snapshot, and the count
        // below would miss a reward committed while waiting); the binding came from this code, so the row exists
        inviteCodes.lockedOf(read.getStoreCode(), read.getReferrerId());
        ReferralBinding referral = referrals.locked(read.getId()).orElseThrow();
        if (referral.getState() != ReferralState.BOUND) {
            return false;
        }
        String store = referral.getStoreCode();
        RewardSettings terms = jobs.settings.get(store);
        Optional<OrderFacts> first = customers.firstStandingOrder(store, referral.getFriendId());
        int window = jobs.points.termsOf(store).returnWindowDays();
        if (first.isEmpty() || first.get().placedAt().plus(Duration.ofDays(window)).isAfter(now)) {
            return false;
        }
        long orderId = first.get().orderId();
        if (isSelf(referral)) {
            referral.settle(ReferralState.REFUSED_SELF, orderId, now);
            return false;
        }
        long thisMonth = referrals.rewardedSince(store, referral.getReferrerId(),
                ReferralCap.monthStart(now, jobs.zone));
        if (!ReferralCap.allows(terms.getReferralMonthlyCap(), thisMonth)) {
            referral.settle(ReferralState.CAPPED, orderId, now);
            return false;
        }
        String key = "referral:" + referral.getFriendId() + ":";
        jobs.grants.grant(store, referral.getReferrerId(), RewardKind.REFERRER, Long.toString(referral.getFriendId()),
                RewardOffer.points(terms.getReferrerPoints()), key + "referrer");
        jobs.grants.grant(store, referral.getFriendId(), RewardKind.REFERRED, Long.toString(referral.getFriendId()),
                RewardOffer.points(terms.getFriendPoints()), key + "friend");
        referral.settle(ReferralState.REWARDED, orderId, now);
        return true;
    }

    private boolean isSelf(ReferralBinding referral) {
        Optional<RewardCustomer> referrer = customers.find(referral.getReferrerId());
        Optional<RewardCustomer> friend = customers.find(referral.getFriendId());
        return referral.getReferrerId() == referral.getFriendId() || referrer.isPresent() && friend.isPresent()
                && ReferralSelfCheck.isSelf(referrer.get(), friend.get());
    }
}
