package io.smm.membership.rewards;

import java.time.Clock;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.points.PointsGrants;

/**
 * Gives a reward once: its row (unique per store, customer, kind and period) and the points in one short
 * transaction of its own, so a second grant of the same reward, at once or later, writes nothing.
 */
class RewardGrants {

    private final RewardRepository rewards;
    private final PointsGrants points;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RewardGrants(RewardRepository rewards, PointsGrants points, PlatformTransactionManager transactions,
            Clock clock) {
        this.rewards = rewards;
        this.points = points;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Grants the reward's points under the key; false when it was given before (or is worth nothing). */
    boolean grant(String storeCode, long customerId, RewardKind kind, String period, long amount, String key) {
        if (amount <= 0) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> {
                rewards.saveAndFlush(new Reward(storeCode, customerId, kind, period, amount, clock.instant()));
                points.grant(storeCode, customerId, amount, key, "membership.rewards.reason." + kind.name()
                        .toLowerCase(Locale.ROOT));
            });
            return true;
        } catch (DataIntegrityViolationException givenBefore) {
            return false;
        }
    }
}
