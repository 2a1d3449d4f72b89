package io.smm.membership.affiliates;

import java.time.Duration;
import java.util.Optional;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each cart's referral (SMM_AFFILIATE_CART_REFERRAL): the first click stays while it counts, the last moves
 * to the latest click. Concurrent clicks of one cart update its row one at a time under a row lock; two first
 * clicks that both insert it lose one insert to the primary key, and the loser updates the winner's row instead.
 */
class ReferralBinder {

    /** Enough for every click of one cart arriving at once: each retry finds the row the others wrote. */
    private static final int ATTEMPTS = 5;

    private final ReferralRecordRepository records;
    private final TransactionTemplate transaction;

    ReferralBinder(ReferralRecordRepository records, PlatformTransactionManager transactions) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Remembers the click in the cart's referral, in a transaction of its own; the referral as it now is. */
    Referral bind(String storeCode, String cartCode, ReferralClick click, Duration window) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.execute(status -> {
                    Optional<ReferralRecord> record = records.lockedFor(storeCode, cartCode);
                    if (record.isPresent()) {
                        Referral referral = record.get().referral().after(click, window);
                        record.get().remember(referral);
                        return referral;
                    }
                    records.saveAndFlush(new ReferralRecord(storeCode, cartCode, Referral.of(click)));
                    return Referral.of(click);
                });
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    Optional<Referral> referralOf(String storeCode, String cartCode) {
        return records.of(storeCode, cartCode).map(ReferralRecord::referral);
    }
}
