package io.smm.membership.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.Violation;

class PointsSettingsDraftTests {

    @Test
    void anEmptyDraftNamesEveryRequiredField() {
        List<String> fields = fieldsOf(new PointsSettingsDraft().check());

        assertThat(fields).containsExactly("enabled", "pointsPerUnit", "cashValue", "minRedeem", "maxOrderShare",
                "expiryMode", "expiryDays", "expiryPeriod", "returnWindowDays", "tiersByPoints");
    }

    @Test
    void aCompleteDraftWithinItsRangesHasNoProblem() {
        assertThat(valid().check()).isEmpty();
    }

    @Test
    void valuesOutOfRangeOrWithTooManyDecimalsAreNamedTogether() {
        PointsSettingsDraft draft = valid();
        draft.setMaxOrderShare(new BigDecimal("100.0001"));
        draft.setCashValue(new BigDecimal("0.0000001"));
        draft.setPointsPerUnit(new BigDecimal("1.00005"));
        draft.setExpiryDays(0);
        draft.setReturnWindowDays(366);
        PointsSettingsDraft.TierRate gold = rate(3L, "1.5");
        PointsSettingsDraft.TierRate again = rate(3L, "101");
        draft.setTierRates(List.of(gold, again));

        List<Violation> violations = draft.check();

        assertThat(fieldsOf(violations)).containsExactly("pointsPerUnit", "cashValue", "maxOrderShare", "expiryDays",
                "returnWindowDays", "tierRates[1].groupId", "tierRates[1].multiplier");
        assertThat(violations.get(0).code()).isEqualTo("membership.points.settings.decimals");
        assertThat(violations.get(5).code()).isEqualTo("membership.points.settings.tier-rate.duplicate");
    }

    @Test
    void pointsThatWouldExpireWithinTheReturnWindowNameBothFields() {
        PointsSettingsDraft draft = valid();
        draft.setExpiryDays(30);
        draft.setReturnWindowDays(30);

        List<Violation> violations = draft.check();

        assertThat(fieldsOf(violations)).containsExactly("expiryDays", "returnWindowDays");
        assertThat(violations.get(0).code()).isEqualTo("membership.points.settings.expiry-within-window");
        draft.setExpiryDays(31);
        assertThat(draft.check()).isEmpty();
    }

    @Test
    void theEdgesOfEachRangeAreAccepted() {
        PointsSettingsDraft draft = valid();
        draft.setMaxOrderShare(new BigDecimal("100"));
        draft.setExpiryDays(3650);
        draft.setReturnWindowDays(0);
        draft.setMinRedeem(1L);

        assertThat(draft.check()).isEmpty();
    }

    static PointsSettingsDraft valid() {
        PointsSettingsDraft draft = new PointsSettingsDraft();
        draft.setEnabled(true);
        draft.setPointsPerUnit(BigDecimal.ONE);
        draft.setCashValue(new BigDecimal("0.01"));
        draft.setMinRedeem(100L);
        draft.setMaxOrderShare(new BigDecimal("50"));
        draft.setExpiryMode(PointsTerms.ExpiryMode.END_OF_PERIOD);
        draft.setExpiryDays(365);
        draft.setExpiryPeriod(PointsTerms.Period.QUARTER);
        draft.setReturnWindowDays(30);
        draft.setTiersByPoints(false);
        return draft;
    }

    private static PointsSettingsDraft.TierRate rate(Long groupId, String multiplier) {
        PointsSettingsDraft.TierRate rate = new PointsSettingsDraft.TierRate();
        rate.setGroupId(groupId);
        rate.setMultiplier(new BigDecimal(multiplier));
        return rate;
    }

    private static List<String> fieldsOf(List<Violation> violations) {
        return violations.stream().map(Violation::field).collect(Collectors.toList());
    }
}
