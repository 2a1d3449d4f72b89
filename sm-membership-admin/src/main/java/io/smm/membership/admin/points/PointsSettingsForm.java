package io.smm.membership.admin.points;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.smm.membership.groups.MemberGroup;
import io.smm.membership.points.PointsSettingsDraft;
import io.smm.membership.points.PointsTerms;

/** The points settings page's form: the store's settings and one multiplier per tier group, saved together. */
public class PointsSettingsForm extends PointsSettingsDraft {

    /**
     * The form filled with the settings as {@code PointsSettingsService} shows them, a rate for every tier (×1 where
     * the owner set none, which earns as no rate does).
     */
    static PointsSettingsForm of(Map<String, Object> settings, List<MemberGroup> tiers) {
        PointsSettingsForm form = new PointsSettingsForm();
        form.setEnabled((Boolean) settings.get("enabled"));
        form.setPointsPerUnit(new BigDecimal((String) settings.get("pointsPerUnit")));
        form.setCashValue(new BigDecimal((String) settings.get("cashValue")));
        form.setMinRedeem(((Number) settings.get("minRedeem")).longValue());
        form.setMaxOrderShare(new BigDecimal((String) settings.get("maxOrderShare")));
        form.setExpiryMode((PointsTerms.ExpiryMode) settings.get("expiryMode"));
        form.setExpiryDays((Integer) settings.get("expiryDays"));
        form.setExpiryPeriod((PointsTerms.Period) settings.get("expiryPeriod"));
        form.setReturnWindowDays((Integer) settings.get("returnWindowDays"));
        form.setTiersByPoints((Boolean) settings.get("tiersByPoints"));
        @SuppressWarnings("unchecked")
        Map<Long, String> rates = ((List<Map<String, Object>>) settings.get("tierRates")).stream().collect(
                Collectors.toMap(rate -> ((Number) rate.get("groupId")).longValue(),
                        rate -> (String) rate.get("multiplier")));
        form.setTierRates(tiers.stream().map(tier -> {
            TierRate rate = new TierRate();
            rate.setGroupId(tier.getId());
            rate.setMultiplier(new BigDecimal(rates.getOrDefault(tier.getId(), "1")));
            return rate;
        }).collect(Collectors.toList()));
        return form;
    }
}
