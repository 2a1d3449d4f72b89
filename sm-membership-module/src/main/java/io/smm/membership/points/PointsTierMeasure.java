package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smm.membership.tiers.TierMeasure;

/**
 * Points earned by orders in the tiers' window (EARN less UNEARN), which decide the store's tiers instead of spend
 * when its points settings say so ({@code tiersByPoints}); see docs/points.md#tiers-by-points.
 */
class PointsTierMeasure implements TierMeasure {

    private final PointsSettingsService settings;
    private final PointsEntryRepository entries;

    PointsTierMeasure(PointsSettingsService settings, PointsEntryRepository entries) {
        this.settings = settings;
        this.entries = entries;
    }

    @Override
    public boolean decides(String storeCode) {
        PointsTerms terms = settings.termsWithoutRatesOf(storeCode);
        return terms.enabled() && terms.tiersByPoints();
    }

    @Override
    public Map<Long, BigDecimal> of(String storeCode, Collection<Long> customerIds, Instant start) {
        return byCustomer(entries.earnedSince(storeCode, customerIds, sinceEver(start)));
    }

    @Override
    public Map<Long, BigDecimal> ofStore(String storeCode, Instant start) {
        return byCustomer(entries.earnedInStoreSince(storeCode, sinceEver(start)));
    }

    private static Instant sinceEver(Instant start) {
        return start == null ? Instant.EPOCH : start;
    }

    private static Map<Long, BigDecimal> byCustomer(List<Object[]> rows) {
        Map<Long, BigDecimal> earned = new HashMap<>();
        rows.forEach(row -> earned.put(((Number) row[0]).longValue(), BigDecimal.valueOf(((Number) row[1])
                .longValue())));
        return earned;
    }
}
