package io.smm.membership.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.time.Instants;

/** A store's analytics settings: read with the defaults when never saved, and saved as the owner decides. */
public class AnalyticsSettingsService {

    private final AnalyticsSettingsRepository settings;
    private final Clock clock;

    AnalyticsSettingsService(AnalyticsSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The store's settings: the defaults (365, 90, 2/3/4/6) until the owner saves some. */
    @Transactional(readOnly = true)
    public AnalyticsTerms get(String storeCode) {
        return settings.findById(storeCode).map(AnalyticsSettings::terms).orElseGet(AnalyticsTerms::defaults);
    }

    /** The settings as the owner's JSON shows them, {@code updatedAt} null until saved. */
    @Transactional(readOnly = true)
    public Map<String, Object> view(String storeCode) {
        Optional<AnalyticsSettings> saved = settings.findById(storeCode);
        return view(saved.map(AnalyticsSettings::terms).orElseGet(AnalyticsTerms::defaults),
                saved.map(AnalyticsSettings::getUpdatedAt).orElse(null));
    }

    /** @throws io.smm.membership.web.InvalidInputException naming every broken field */
    @Transactional
    public Map<String, Object> save(String storeCode, AnalyticsSettingsDraft draft) {
        draft.requireNoProblems(draft.check());
        AnalyticsTerms terms = draft.terms();
        AnalyticsSettings saved = settings.findById(storeCode).orElseGet(() -> new AnalyticsSettings(storeCode));
        saved.change(terms, clock.instant());
        settings.save(saved);
        return view(terms, saved.getUpdatedAt());
    }

    private static Map<String, Object> view(AnalyticsTerms terms, Instant updatedAt) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("windowDays", terms.windowDays());
        view.put("sleepDays", terms.sleepDays());
        view.put("f2Orders", terms.frequencyThresholds().get(0));
        view.put("f3Orders", terms.frequencyThresholds().get(1));
        view.put("f4Orders", terms.frequencyThresholds().get(2));
        view.put("f5Orders", terms.frequencyThresholds().get(3));
        view.put("updatedAt", Instants.iso(updatedAt));
        return view;
    }
}
