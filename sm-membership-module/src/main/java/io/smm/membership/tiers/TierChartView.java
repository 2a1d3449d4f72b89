package io.smm.membership.tiers;

import java.util.List;
import java.util.stream.Stream;

/**
 * A store's tier charts over its last months ({@code YYYY-MM}, oldest first, in the store's time zone): members per
 * tier above the default tier at the end of each month (the current month: now), and tier moves up and down in
 * each month. Every list has one number per month.
 */
public final class TierChartView {

    private final List<String> months;
    private final List<TierSeries> tiers;
    private final List<Long> upgrades;
    private final List<Long> downgrades;

    TierChartView(List<String> months, List<TierSeries> tiers, List<Long> upgrades, List<Long> downgrades) {
        this.months = List.copyOf(months);
        this.tiers = List.copyOf(tiers);
        this.upgrades = List.copyOf(upgrades);
        this.downgrades = List.copyOf(downgrades);
    }

    public List<String> getMonths() {
        return months;
    }

    /** The tiers above the default tier, lowest rank first; the default tier holds everyone else. */
    public List<TierSeries> getTiers() {
        return tiers;
    }

    public List<Long> getUpgrades() {
        return upgrades;
    }

    public List<Long> getDowngrades() {
        return downgrades;
    }

    /** True when every number is zero: no member above the default tier and no move in these months. */
    public boolean isEmpty() {
        return Stream.concat(tiers.stream().flatMap(tier -> tier.getCounts().stream()),
                Stream.concat(upgrades.stream(), downgrades.stream())).allMatch(count -> count == 0);
    }

    /** One tier's members at the end of each month. */
    public static final class TierSeries {

        private final String code;
        private final String name;
        private final List<Long> counts;

        TierSeries(String code, String name, List<Long> counts) {
            this.code = code;
            this.name = name;
            this.counts = List.copyOf(counts);
        }

        public String getCode() {
            return code;
        }

        /** The tier's name in the reader's language. */
        public String getName() {
            return name;
        }

        public List<Long> getCounts() {
            return counts;
        }
    }
}
