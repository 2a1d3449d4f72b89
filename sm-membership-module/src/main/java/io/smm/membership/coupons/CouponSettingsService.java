package io.smm.membership.coupons;

import java.time.Clock;

import org.springframework.transaction.annotation.Transactional;

/** A store's coupon settings: read with defaults when never saved, and saved as the owner decides. */
public class CouponSettingsService {

    private final CouponSettingsRepository settings;
    private final Clock clock;

    CouponSettingsService(CouponSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The store's settings; the defaults, with no time saved, until the owner saves them. */
    @Transactional(readOnly = true)
    public CouponSettings get(String storeCode) {
        return settings.findById(storeCode).orElseGet(() -> CouponSettings.defaults(storeCode));
    }

    @Transactional
    public CouponSettings save(String storeCode, boolean giveBackOnCancel, boolean giveBackOnRefund,
            boolean hostPromoEnabled) {
        CouponSettings saved = settings.findById(storeCode).orElseGet(() -> CouponSettings.defaults(storeCode));
        saved.change(giveBackOnCancel, giveBackOnRefund, hostPromoEnabled, clock.instant());
        return settings.save(saved);
    }
}
