package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting a coupon's uses. The database holds the limits: SMM_COUPON.USES counts confirmed uses and live holds, taken
 * with one conditional update; the shopper's own limit counts their holds and ledger rows while that update's row
 * lock keeps the coupon's other holds waiting. A checkout holds its use in a short transaction of its own before the
 * host charges, so no lock of ours lasts through the payment; the order's transaction turns the hold into a ledger
 * row.
 */
public class CouponUseLedger {

    private static final int SWEEP_BATCH = 500;

    private final CouponRepository coupons;
    private final CouponRedemptionRepository ledger;
    private final CouponHoldRepository holds;
    private final CouponRefundRepository refunds;
    private final Clock clock;

    CouponUseLedger(CouponRepository coupons, CouponRedemptionRepository ledger, CouponHoldRepository holds,
            CouponRefundRepository refunds, Clock clock) {
        this.coupons = coupons;
        this.ledger = ledger;
        this.holds = holds;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * Holds a use of the coupon for the cart until {@code expiresAt}, and commits at once. The same cart held again
     * keeps its one use, with the later expiry.
     *
     * @throws CouponRefusedException used up, switched off meanwhile, or the shopper's uses all taken
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void hold(Coupon coupon, String cartCode, CouponShopper shopper, Instant expiresAt) {
        // the coupon's row first, as every other step that locks it: the cart's hold is then seen by a retry
        coupons.lockById(coupon.getId());
        Optional<CouponHold> held = holds.findByCouponIdAndCartCode(coupon.getId(), cartCode);
        if (held.isPresent()) {
            holds.extend(held.get().getId(), expiresAt);
            return;
        }
        takeUse(coupon, shopper);
        holds.save(new CouponHold(coupon, cartCode, shopper, clock.instant(), expiresAt));
    }

    /**
     * Writes the order's use in the ledger, in the order's transaction, ending the cart's hold. A hold that is gone
     * (it expired and was swept while the host took the payment) is taken again, or the order is refused.
     *
     * @throws CouponRefusedException the hold was gone and the coupon is used up meanwhile
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CouponRedemption confirm(Coupon coupon, String cartCode, CouponShopper shopper, long orderId,
            BigDecimal discount, String currency) {
        boolean held = holds.findByCouponIdAndCartCode(coupon.getId(), cartCode)
                .map(hold -> holds.end(hold.getId()) == 1).orElse(false);
        if (!held) {
            takeUse(coupon, shopper);
        }
        return ledger.save(new CouponRedemption(coupon, shopper, discount, currency, clock.instant(), orderId));
    }

    /** Gives the cart's held use back at once, when its checkout failed; nothing when no hold is left. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void release(Coupon coupon, String cartCode) {
        coupons.lockById(coupon.getId());
        holds.findByCouponIdAndCartCode(coupon.getId(), cartCode)
                .filter(hold -> holds.end(hold.getId()) == 1)
                .ifPresent(hold -> coupons.giveUseBack(coupon.getId()));
    }

    /** Up to one batch of holds that expired before {@code now}, soonest first. */
    @Transactional(readOnly = true)
    public List<CouponHold> expiredHolds(Instant now) {
        return holds.expired(now, PageRequest.of(0, SWEEP_BATCH));
    }

    /** Frees an expired hold and gives its use back, unless the hold ended meanwhile; whether it freed it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public boolean freeExpired(CouponHold hold, Instant now) {
        coupons.lockById(hold.getCouponId());
        if (holds.endExpired(hold.getId(), now) == 1) {
            coupons.giveUseBack(hold.getCouponId());
            return true;
        }
        return false;
    }

    /**
     * Counts the order's use of the coupon and writes it in the ledger, without a hold: for uses recorded with an
     * order that is already placed.
     *
     * @throws CouponRefusedException used up, switched off meanwhile, or the shopper's uses all taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CouponRedemption redeem(Coupon coupon, long orderId, CouponShopper shopper, BigDecimal discount,
            String currency) {
        takeUse(coupon, shopper);
        return ledger.save(new CouponRedemption(coupon, shopper, discount, currency, clock.instant(), orderId));
    }

    /** Gives back the uses of an order canceled or refunded; the ledger keeps both events. How many it gave. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int giveBack(String storeCode, long orderId, CouponRedemption.GivenBackFor reason) {
        int given = 0;
        for (CouponRedemption redemption : ledger.findByStoreCodeAndOrderIdAndGivenBackAtIsNull(storeCode, orderId)) {
            // the coupon's row before the ledger's, in the order a checkout locks them, or the two could deadlock
            coupons.lockById(redemption.getCouponId());
            // a conditional update: of two give-backs of one order at once, one marks the row and gives the use
            if (ledger.markGivenBack(redemption.getId(), reason, clock.instant()) == 1) {
                coupons.giveUseBack(redemption.getCouponId());
                given++;
            }
        }
        return given;
    }

    /**
     * Writes down part of the order refunded against each of its uses: the use stays counted, the refunded share of
     * its discount (discount × refunded / paid, at the currency's scale) is recorded once per refund.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRefund(String storeCode, long orderId, String refundKey, BigDecimal refunded, BigDecimal paid,
            int scale, RoundingMode rounding) {
        for (CouponRedemption redemption : ledger.findByStoreCodeAndOrderIdAndGivenBackAtIsNull(storeCode, orderId)) {
            if (!refunds.existsByRedemptionIdAndRefundKey(redemption.getId(), refundKey)) {
                BigDecimal share = paid.signum() == 0 ? BigDecimal.ZERO
                        : redemption.getDiscount().multiply(refunded).divide(paid, Math.max(scale, 0), rounding);
                refunds.save(new CouponRefundEntry(redemption.getId(), refundKey, refunded, share, clock.instant()));
            }
        }
    }

    /** Takes a use: the coupon's row stays locked until the transaction ends. */
    private void takeUse(Coupon coupon, CouponShopper shopper) {
        if (coupons.takeUse(coupon.getId()) == 0) {
            throw new CouponRefusedException(coupons.isActive(coupon.getId()) ? CouponRefusal.USED_UP
                    : CouponRefusal.UNKNOWN);
        }
        // read again, now that the coupon's row is locked: the owner may have changed it since the cart was priced;
        // then the shopper's holds before their ledger rows, so that a hold turning into a row meanwhile counts
        Integer perShopper = coupons.perShopperLimit(coupon.getId());
        if (perShopper != null && holds.countByCouponIdAndShopperKey(coupon.getId(), shopper.key)
                + ledger.lockUses(coupon.getId(), shopper.key).size() >= perShopper) {
            throw new CouponRefusedException(CouponRefusal.USED_BY_YOU);
        }
    }
}
