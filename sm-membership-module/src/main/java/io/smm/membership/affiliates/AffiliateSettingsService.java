package io.smm.membership.affiliates;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.time.Instants;

/** A store's affiliate settings: read with the defaults when never saved, and saved as the owner decides. */
public class AffiliateSettingsService {

    private final AffiliateSettingsRepository settings;
    private final Clock clock;

    AffiliateSettingsService(AffiliateSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The store's settings and when they were saved ({@code updatedAt} null until the owner saves them). */
    @Transactional(readOnly = true)
    public Map<String, Object> get(String storeCode) {
        return view(settings.findById(storeCode));
    }

    /** @throws io.smm.membership.web.InvalidInputException naming every broken field */
    @Transactional
    public Map<String, Object> save(String storeCode, AffiliateSettingsDraft draft) {
        draft.requireNoProblems(draft.check());
        AffiliateSettings saved = settings.findById(storeCode).orElseGet(() -> new AffiliateSettings(storeCode));
        saved.change(draft.terms(), clock.instant());
        return view(Optional.of(settings.save(saved)));
    }

    private static Map<String, Object> view(Optional<AffiliateSettings> saved) {
        AffiliateTerms terms = saved.map(AffiliateSettings::terms).orElseGet(AffiliateTerms::defaults);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("cookieDays", terms.cookieDays());
        view.put("model", terms.model());
        view.put("returnWindowDays", terms.returnWindowDays());
        view.put("defaultRate", AffiliateView.percent(terms.defaultRate()));
        view.put("clickRetentionDays", terms.clickRetentionDays());
        view.put("burstClicksPerHour", terms.burstClicksPerHour());
        view.put("applicationsOpen", terms.applicationsOpen());
        view.put("updatedAt", Instants.iso(saved.map(AffiliateSettings::getUpdatedAt).orElse(null)));
        return view;
    }
}
