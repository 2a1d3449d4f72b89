package io.smm.membership.admin.coupons;

import io.smm.membership.coupons.CouponSettings;

/** The coupon settings page's form: the store's three switches as the owner ticks them. */
public class CouponSettingsForm {

    private boolean giveBackOnCancel;
    private boolean giveBackOnRefund;
    private boolean hostPromoEnabled;

    static CouponSettingsForm of(CouponSettings settings) {
        CouponSettingsForm form = new CouponSettingsForm();
        form.giveBackOnCancel = settings.isGiveBackOnCancel();
        form.giveBackOnRefund = settings.isGiveBackOnRefund();
        form.hostPromoEnabled = settings.isHostPromoEnabled();
        return form;
    }

    public boolean isGiveBackOnCancel() {
        return giveBackOnCancel;
    }

    public void setGiveBackOnCancel(boolean giveBackOnCancel) {
        this.giveBackOnCancel = giveBackOnCancel;
    }

    public boolean isGiveBackOnRefund() {
        return giveBackOnRefund;
    }

    public void setGiveBackOnRefund(boolean giveBackOnRefund) {
        this.giveBackOnRefund = giveBackOnRefund;
    }

    public boolean isHostPromoEnabled() {
        return hostPromoEnabled;
    }

    public void setHostPromoEnabled(boolean hostPromoEnabled) {
        this.hostPromoEnabled = hostPromoEnabled;
    }
}
