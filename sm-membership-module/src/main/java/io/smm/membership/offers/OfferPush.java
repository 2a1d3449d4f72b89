package io.smm.membership.offers;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a push in the background: the snapshot, then {@value OfferSteps#CHUNK} codes a transaction, so the owner
 * sees the progress and no transaction holds locks on many rows. A failure keeps the codes already made.
 */
class OfferPush {

    static final String INTERRUPTED = "membership.offer.failed.interrupted";
    static final String UNEXPECTED = "membership.offer.failed.unexpected";
    private static final Logger log = LoggerFactory.getLogger(OfferPush.class);

    private final OfferSteps steps;
    private final io.smm.membership.coupons.CouponBatchService coupons;

    OfferPush(OfferSteps steps, io.smm.membership.coupons.CouponBatchService coupons) {
        this.steps = steps;
        this.coupons = coupons;
    }

    void run(long offerId, String storeCode) {
        try {
            steps.snapshot(offerId);
            Set<String> taken = coupons.takenDefaultCodes(storeCode);
            while (steps.issueChunk(offerId, taken) > 0) {
                if (coupons.isStopping()) {
                    steps.fail(offerId, INTERRUPTED);
                    return;
                }
            }
            steps.finish(offerId);
        } catch (RuntimeException unexpected) {
            log.error("Offer {} failed", offerId, unexpected);
            steps.fail(offerId, UNEXPECTED);
        }
    }
}
