package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting a coupon's uses, in the order's own transaction: a failed checkout rolls its use back with it. The
 * database holds the limits: the total with a conditional update, the shopper's by counting their ledger rows
 * while that update's row lock keeps the coupon's other redemptions waiting.
 */
public class CouponRedemptions {

    private final CouponRepository coupons;
    private final CouponRedemptionRepository ledger;
    private final Clock clock;

    CouponRedemptions(CouponRepository coupons, CouponRedemptionRepository ledger, Clock clock) {
        this.coupons = coupons;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Counts the order's use of the coupon and writes it in the ledger: {@link #reserve} and {@link #record} in one,
     * as a checkout does them around the host's work.
     *
     * @throws CouponRefusedException used up, switched off meanwhile, or the shopper's uses all taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CouponRedemption redeem(Coupon coupon, long orderId, CouponShopper shopper, BigDecimal discount,
            String currency) {
        CouponRedemption reserved = reserve(coupon, shopper, discount, currency);
        record(reserved, orderId);
        return reserved;
    }

    /**
     * Takes a use of the coupon for the shopper, before the order exists, and writes it in the ledger without an
     * order. The coupon's row stays locked until the transaction ends, so the coupon's other checkouts wait, and a
     * rollback takes the use and the row back.
     *
     * @throws CouponRefusedException used up, switched off meanwhile, or the shopper's uses all taken
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CouponRedemption reserve(Coupon coupon, CouponShopper shopper, BigDecimal discount, String currency) {
        // the use first, then the shopper's rows: the other way round, MariaDB deadlocks two redemptions of one
        // shopper (the count's locking read waits on the other's new row, which waits on this coupon lock)
        if (coupons.takeUse(coupon.getId()) == 0) {
            throw new CouponRefusedException(coupons.isActive(coupon.getId()) ? CouponRefusal.USED_UP
                    : CouponRefusal.UNKNOWN);
        }
        // read again, now that the coupon's row is locked: the owner may have changed it since the cart was priced;
        // then the shopper's uses with a locking read, which sees the latest committed rows whatever the isolation
        Integer perShopper = coupons.perShopperLimit(coupon.getId());
        if (perShopper != null && ledger.lockUses(coupon.getId(), shopper.key).size() >= perShopper) {
            throw new CouponRefusedException(CouponRefusal.USED_BY_YOU);
        }
        return ledger.save(new CouponRedemption(coupon, shopper, discount, currency, clock.instant()));
    }

    /** Gives a reserved use the order that took it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CouponRedemption reserved, long orderId) {
        ledger.placeOrder(reserved.getId(), orderId);
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
}
