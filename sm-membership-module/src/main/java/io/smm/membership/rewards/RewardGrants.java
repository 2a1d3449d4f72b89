package io.smm.membership.rewards;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.points.PointsGrants;

/**
 * Gives a reward once: its row (unique per store, customer, kind and period) and the points or the coupon code in
 * one short transaction of its own, so a second grant of the same reward, at once or later, writes nothing and
 * issues no second code.
 */
class RewardGrants {

    private static final Logger LOGGER = LoggerFactory.getLogger(RewardGrants.class);

    private final RewardRepository rewards;
    private final PointsGrants points;
    private final CouponBatchService coupons;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RewardGrants(RewardRepository rewards, PointsGrants points, CouponBatchService coupons,
            PlatformTransactionManager transactions, Clock clock) {
        this.rewards = rewards;
        this.points = points;
        this.coupons = coupons;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Grants the reward: its points under the key, or one single-use code of its coupon; false when it was given
     * before (or is worth nothing), or when its coupon is disabled or has ended: then its row is rolled back and no
     * code is drawn, so the reward can be given later (docs/rewards.md, "A coupon as the reward").
     */
    boolean grant(String storeCode, long customerId, RewardKind kind, String period, RewardOffer offer, String key) {
        if (offer.isNothing()) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> {
                Long couponId = offer.couponId();
                // the row first: a reward given before fails here, before any points, code or coupon check
                Reward reward = rewards.saveAndFlush(new Reward(storeCode, customerId, kind, period,
                        couponId == null ? offer.points() : null, clock.instant()));
                if (couponId != null) {
                    coupons.singleUseRefusal(storeCode, couponId).ifPresent(refusal -> {
                        throw new CouponRefused(refusal);
                    });
                    reward.couponIssued(coupons.issueSingleUse(storeCode, couponId));
                } else {
                    points.grant(storeCode, customerId, offer.points(), key, "membership.rewards.reason."
                            + kind.name().toLowerCase(Locale.ROOT));
                }
            });
            return true;
        } catch (DataIntegrityViolationException givenBefore) {
            return false;
        } catch (CouponRefused refused) {
            LOGGER.info("No {} reward for customer {} of store {} yet: its coupon {} is {}", kind, customerId,
                    storeCode, offer.couponId(), refused.status);
            return false;
        }
    }

    /** Rolls the reward's row back: a copy of its coupon would be dead (an expected refusal, no stack trace). */
    private static final class CouponRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final CouponStatus status;

        CouponRefused(CouponStatus status) {
            super(status.name(), null, false, false);
            this.status = status;
        }
    }
}
