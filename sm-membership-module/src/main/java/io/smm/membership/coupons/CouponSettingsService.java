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

    public CouponSettings get(String storeCode) {
        return settings.findById(storeCode).orElseGet(() -> CouponSettings.defaults(storeCode, clock.instant()));
    }

    /** Whether the owner has saved the store's settings; until then {@link #get} gives the defaults. */
    @Transactional(readOnly = true)
    public boolean isSaved(String storeCode) {
        return settings.existsById(storeCode);
    }

    @Transactional
    public CouponSettings save(String storeCode, boolean giveBackOnCancel, boolean giveBackOnRefund,
            boolean hostPromoEnabled) {
        CouponSettings saved = settings.findById(storeCode)
                .orElseGet(() -> CouponSettings.defaults(storeCode, clock.instant()));
        saved.change(giveBackOnCancel, giveBackOnRefund, hostPromoEnabled, clock.instant());
        return settings.save(saved);
    }
}
