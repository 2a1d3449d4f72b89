package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.money.MoneyRule;

/**
 * A coupon at the till: what it does to a cart, holding its use while the host takes the payment, counting it with
 * the order, and giving the use back when the order is canceled or refunded, as the store's settings say.
 */
public class CouponTill {

    private final CouponRepository coupons;
    private final CouponRedemptionRepository ledger;
    private final CouponUseLedger redemptions;
    private final CouponSettingsService settings;
    private final CouponHoldRepository holds;
    private final MoneyRule money;
    private final Clock clock;
    private final Duration holdFor;

    CouponTill(CouponRepository coupons, CouponRedemptionRepository ledger, CouponHoldRepository holds,
            CouponUseLedger redemptions, CouponSettingsService settings, MoneyRule money, Clock clock,
            Duration holdFor) {
        this.holds = holds;
        this.holdFor = holdFor;
        this.coupons = coupons;
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.settings = settings;
        this.money = money;
        this.clock = clock;
    }

    /**
     * Whether the code is the host's own promo code rather than ours: not one of the store's coupons, and the store
     * lets the host's promo work.
     */
    public boolean isHostPromo(String storeCode, String code) {
        return find(storeCode, code).isEmpty() && settings.get(storeCode).isHostPromoEnabled();
    }

    /**
     * What the code does to the cart for this shopper: its discount split over the lines, or why it does not apply;
     * empty when the code is the host's own promo code ({@link #isHostPromo}). The coupon is looked up once.
     *
     * @param scale the store currency's number of decimals
     */
    public Optional<CouponQuote> quote(String storeCode, String code, List<CheckoutLine> cart, CouponShopper shopper,
            int scale) {
        Optional<Coupon> coupon = find(storeCode, code);
        if (coupon.isEmpty()) {
            return settings.get(storeCode).isHostPromoEnabled() ? Optional.empty()
                    : Optional.of(CouponQuote.refused(CouponRefusal.UNKNOWN));
        }
        long byShopper = shopper.isCounted()
                ? ledger.countByCouponIdAndShopperKeyAndGivenBackAtIsNull(coupon.get().getId(), shopper.key)
                        + holds.countByCouponIdAndShopperKey(coupon.get().getId(), shopper.key) : 0;
        return Optional.of(CouponEligibility.check(coupon.get().terms(), cart, shopper,
                new CouponUses(coupon.get().getUses(), byShopper), clock.instant(), money, scale));
    }

    /**
     * Holds the coupon's use for the cart until the hold expires, before the host takes the payment, in a transaction
     * of its own: a refusal then charges nothing, and no lock of ours lasts through the payment.
     *
     * @throws CouponRefusedException the coupon is gone, used up or used up by this shopper meanwhile; log in first
     *         for a guest whose e-mail address is unknown
     */
    public void hold(String storeCode, String code, String cartCode, CouponShopper shopper) {
        if (!shopper.isCounted()) {
            throw new CouponRefusedException(CouponRefusal.LOG_IN_FIRST);
        }
        redemptions.hold(coupon(storeCode, code), cartCode, shopper, clock.instant().plus(holdFor));
    }

    /** Writes the cart's held use in the ledger with the order that was placed, in the order's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(String storeCode, String code, String cartCode, CouponShopper shopper, long orderId,
            BigDecimal discount, String currency) {
        redemptions.confirm(coupon(storeCode, code), cartCode, shopper, orderId, discount, currency);
    }

    /** Gives the cart's held use back at once: its checkout failed. */
    public void release(String storeCode, String code, String cartCode) {
        find(storeCode, code).ifPresent(coupon -> redemptions.release(coupon, cartCode));
    }

    /** Gives the order's use back if the store gives uses back on this status; how many uses it gave. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int orderChanged(String storeCode, long orderId, String hostStatus) {
        return settings.get(storeCode).givesBackOn(hostStatus)
                .map(reason -> redemptions.giveBack(storeCode, orderId, reason)).orElse(0);
    }

    private Coupon coupon(String storeCode, String code) {
        return find(storeCode, code).orElseThrow(() -> new CouponRefusedException(CouponRefusal.UNKNOWN));
    }

    private Optional<Coupon> find(String storeCode, String code) {
        return coupons.findByStoreCodeAndCode(storeCode, CouponCodes.normalize(code));
    }
}
