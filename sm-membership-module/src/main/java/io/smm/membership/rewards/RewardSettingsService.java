package io.smm.membership.rewards;

import java.time.Clock;
import java.util.Map;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.coupons.CouponOrigin;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.errors.NotFoundException;

/** A store's rewards settings: read with defaults when never saved, and saved as the owner decides. */
public class RewardSettingsService {

    private final RewardSettingsRepository settings;
    private final CouponService coupons;
    private final Clock clock;

    RewardSettingsService(RewardSettingsRepository settings, CouponService coupons, Clock clock) {
        this.settings = settings;
        this.coupons = coupons;
        this.clock = clock;
    }

    /** The store's settings; the defaults (no rewards), with no time saved, until the owner saves them. */
    @Transactional(readOnly = true)
    public RewardSettings get(String storeCode) {
        return settings.findById(storeCode).orElseGet(() -> RewardSettings.defaults(storeCode));
    }

    /**
     * Saves the owner's settings as sent (see {@link RewardSettingsDraft#of}).
     *
     * @throws io.smm.membership.web.InvalidInputException naming every broken field, a coupon that is not a hand-made
     *         one of the store too
     */
    @Transactional
    public RewardSettings save(String storeCode, Map<String, Object> body) {
        RewardSettingsDraft draft = RewardSettingsDraft.of(body, id -> isHandMadeCouponOf(storeCode, id));
        RewardSettings saved = settings.findById(storeCode).orElseGet(() -> RewardSettings.defaults(storeCode));
        saved.change(draft, clock.instant());
        return settings.save(saved);
    }

    /** A coupon the store's owner made: batch codes and reward codes are copies, never templates. */
    private boolean isHandMadeCouponOf(String storeCode, long id) {
        try {
            return coupons.get(storeCode, id).getOrigin() == CouponOrigin.HAND_MADE;
        } catch (NotFoundException unknown) {
            return false;
        }
    }
}
