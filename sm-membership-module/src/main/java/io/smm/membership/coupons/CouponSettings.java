package io.smm.membership.coupons;

import java.time.Instant;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/**
 * How a store's coupons meet its orders: whether a canceled or a refunded order gives its use back, and whether the
 * host's own promo code (its Drools rule) still works next to our coupons.
 */
@Entity(name = "SmmCouponSettings")
@Table(name = "SMM_COUPON_SETTINGS")
public class CouponSettings {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "GIVE_BACK_ON_CANCEL", nullable = false)
    private boolean giveBackOnCancel;

    @Column(name = "GIVE_BACK_ON_REFUND", nullable = false)
    private boolean giveBackOnRefund;

    @Column(name = "HOST_PROMO_ENABLED", nullable = false)
    private boolean hostPromoEnabled;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected CouponSettings() {
    }

    /**
     * A store's settings before the owner saved any: uses come back on cancel and on refund, the host promo works;
     * no time saved.
     */
    static CouponSettings defaults(String storeCode) {
        CouponSettings settings = new CouponSettings();
        settings.storeCode = storeCode;
        settings.giveBackOnCancel = true;
        settings.giveBackOnRefund = true;
        settings.hostPromoEnabled = true;
        return settings;
    }

    void change(boolean onCancel, boolean onRefund, boolean hostPromo, Instant now) {
        giveBackOnCancel = onCancel;
        giveBackOnRefund = onRefund;
        hostPromoEnabled = hostPromo;
        updatedAt = now;
    }

    /** Whether an order moving to this host status gives its coupon use back, and why. */
    Optional<CouponRedemption.GivenBackFor> givesBackOn(String hostStatus) {
        if ("CANCELED".equals(hostStatus) && giveBackOnCancel) {
            return Optional.of(CouponRedemption.GivenBackFor.CANCELED);
        }
        if ("REFUNDED".equals(hostStatus) && giveBackOnRefund) {
            return Optional.of(CouponRedemption.GivenBackFor.REFUNDED);
        }
        return Optional.empty();
    }

    public boolean isGiveBackOnCancel() {
        return giveBackOnCancel;
    }

    public boolean isGiveBackOnRefund() {
        return giveBackOnRefund;
    }

    public boolean isHostPromoEnabled() {
        return hostPromoEnabled;
    }

    /** When the owner last saved the settings; null if never. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
