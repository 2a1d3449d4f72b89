package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.time.Instants;

/** A store's points settings: read with the defaults when never saved, and saved as the owner decides. */
public class PointsSettingsService {

    private final PointsSettingsRepository settings;
    private final PointsTierRateRepository tierRates;
    private final Clock clock;

    PointsSettingsService(PointsSettingsRepository settings, PointsTierRateRepository tierRates, Clock clock) {
        this.settings = settings;
        this.tierRates = tierRates;
        this.clock = clock;
    }

    /** The store's terms: the defaults (points off) until the owner saves settings. */
    @Transactional(readOnly = true)
    public PointsTerms termsOf(String storeCode) {
        return termsOf(storeCode, settings.findById(storeCode));
    }

    /** {@link #termsOf} without the tier rates (none): for what needs no rate, one query fewer. */
    @Transactional(readOnly = true)
    public PointsTerms termsWithoutRatesOf(String storeCode) {
        return settings.findById(storeCode).map(found -> found.terms(Map.of())).orElseGet(PointsTerms::defaults);
    }

    /** The settings as the owner's JSON shows them, {@code updatedAt} null until saved. */
    @Transactional(readOnly = true)
    public Map<String, Object> view(String storeCode) {
        Optional<PointsSettings> saved = settings.findById(storeCode);
        return view(termsOf(storeCode, saved), saved.map(PointsSettings::getUpdatedAt).orElse(null));
    }

    /** @throws io.smm.membership.web.InvalidInputException naming every broken field */
    @Transactional
    public Map<String, Object> save(String storeCode, PointsSettingsDraft draft) {
        draft.requireNoProblems(draft.check());
        PointsTerms terms = draft.terms();
        PointsSettings saved = settings.findById(storeCode).orElseGet(() -> new PointsSettings(storeCode));
        saved.change(terms, clock.instant());
        settings.save(saved);
        tierRates.deleteByStore(storeCode);
        tierRates.flush();
        terms.tierMultipliers().forEach((groupId, multiplier) -> tierRates.save(new PointsTierRate(storeCode,
                groupId, multiplier)));
        return view(terms, saved.getUpdatedAt());
    }

    private PointsTerms termsOf(String storeCode, Optional<PointsSettings> saved) {
        Map<Long, BigDecimal> multipliers = tierRates.findByStoreCodeOrderByGroupId(storeCode).stream()
                .collect(Collectors.toMap(PointsTierRate::getGroupId, PointsTierRate::getMultiplier));
        return saved.map(found -> found.terms(multipliers)).orElseGet(PointsTerms::defaults);
    }

    private static Map<String, Object> view(PointsTerms terms, Instant updatedAt) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("enabled", terms.enabled());
        view.put("pointsPerUnit", terms.pointsPerUnit().stripTrailingZeros().toPlainString());
        view.put("cashValue", terms.cashValue().stripTrailingZeros().toPlainString());
        view.put("minRedeem", terms.minRedeem());
        view.put("maxOrderShare", terms.maxOrderShare().stripTrailingZeros().toPlainString());
        view.put("expiryMode", terms.expiryMode());
        view.put("expiryDays", terms.expiryDays());
        view.put("expiryPeriod", terms.expiryPeriod());
        view.put("returnWindowDays", terms.returnWindowDays());
        view.put("tiersByPoints", terms.tiersByPoints());
        List<Map<String, Object>> rates = terms.tierMultipliers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).map(rate -> {
                    Map<String, Object> each = new LinkedHashMap<>();
                    each.put("groupId", rate.getKey());
                    each.put("multiplier", rate.getValue().stripTrailingZeros().toPlainString());
                    return each;
                }).collect(Collectors.toList());
        view.put("tierRates", rates);
        view.put("updatedAt", Instants.iso(updatedAt));
        return view;
    }
}
