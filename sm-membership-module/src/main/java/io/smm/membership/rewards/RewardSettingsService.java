package io.smm.membership.rewards;

import java.time.Clock;

import org.springframework.transaction.annotation.Transactional;

/** A store's rewards settings: read with defaults when never saved, and saved as the owner decides. */
public class RewardSettingsService {

    private final RewardSettingsRepository settings;
    private final Clock clock;

    RewardSettingsService(RewardSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The store's settings; the defaults (no rewards), with no time saved, until the owner saves them. */
    @Transactional(readOnly = true)
    public RewardSettings get(String storeCode) {
        return settings.findById(storeCode).orElseGet(() -> RewardSettings.defaults(storeCode));
    }

    @Transactional
    RewardSettings save(String storeCode, RewardSettingsDraft draft) {
        RewardSettings saved = settings.findById(storeCode).orElseGet(() -> RewardSettings.defaults(storeCode));
        saved.change(draft, clock.instant());
        return settings.save(saved);
    }
}
