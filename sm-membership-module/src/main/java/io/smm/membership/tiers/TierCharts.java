package io.smm.membership.tiers;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.TierHistory;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The owner's tier charts, read from the tier history: a customer is in the tier their latest tier move before a
 * moment went to. Customers never moved hold the default tier without a row, so its size is unknown and it is left
 * out. The database counts: the tiers held when the first month begins (one query over the history before it),
 * then per month, in grouped queries over that month's moves only, the tiers its movers left and reached.
 */
public class TierCharts {

    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 36;

    private final TierHistory history;
    private final GroupService groups;
    private final Clock clock;
    private final ZoneId zone;

    TierCharts(TierHistory history, GroupService groups, Clock clock, ZoneId zone) {
        this.history = history;
        this.groups = groups;
        this.clock = clock;
        this.zone = zone;
    }

    /** The last {@code months} months, the current one included, in the store's time zone; 1 to 36, else 400. */
    @Transactional(readOnly = true)
    public TierChartView chart(String storeCode, int months, Locale locale) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new InvalidInputException(new Violation("months", "membership.tier-charts.months.range", 1,
                    MAX_MONTHS));
        }
        List<MemberGroup> ladder = groups.list(storeCode).stream().filter(MemberGroup::isTier)
                .sorted(Comparator.comparing(MemberGroup::getRank)).collect(Collectors.toList());
        Optional<MemberGroup> defaultTier = ladder.stream().filter(MemberGroup::isDefaultTier).findFirst();
        int defaultRank = defaultTier.map(MemberGroup::getRank).orElse(Integer.MIN_VALUE);
        List<MemberGroup> shown = ladder.stream().filter(tier -> tier.getRank() > defaultRank)
                .collect(Collectors.toList());
        Map<String, Integer> rankOf = ladder.stream().collect(Collectors.toMap(MemberGroup::getCode,
                MemberGroup::getRank));
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        YearMonth first = current.minusMonths(months - 1L);
        Map<String, Long> held = new HashMap<>();
        history.latestTargets(storeCode, Instant.EPOCH, startOf(first))
                .forEach(row -> held.merge((String) row[0], (Long) row[1], Long::sum));
        List<String> labels = new ArrayList<>();
        Map<String, List<Long>> counts = new HashMap<>();
        shown.forEach(tier -> counts.put(tier.getCode(), new ArrayList<>()));
        List<Long> upgrades = new ArrayList<>();
        List<Long> downgrades = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            Instant start = startOf(month);
            Instant end = startOf(month.plusMonths(1));
            labels.add(month.toString());
            // a customer moved this month leaves the tier they held before it for the one they hold at its end
            history.formerTargets(storeCode, start, end)
                    .forEach(row -> held.merge((String) row[0], -(Long) row[1], Long::sum));
            history.latestTargets(storeCode, start, end)
                    .forEach(row -> held.merge((String) row[0], (Long) row[1], Long::sum));
            counts.forEach((code, series) -> series.add(held.getOrDefault(code, 0L)));
            long[] upAndDown = movesUpAndDown(history.movesBetween(storeCode, start, end), rankOf,
                    defaultRank);
            upgrades.add(upAndDown[0]);
            downgrades.add(upAndDown[1]);
        }
        List<TierChartView.TierSeries> series = shown.stream().map(tier -> new TierChartView.TierSeries(
                tier.getCode(), tier.getName().in(locale), counts.get(tier.getCode()))).collect(Collectors.toList());
        return new TierChartView(labels, series, upgrades, downgrades);
    }

    /** Of rows (from code or null, to code, moves): the moves up and down by rank; no from is the default tier. */
    private static long[] movesUpAndDown(List<Object[]> moves, Map<String, Integer> rankOf, int defaultRank) {
        long[] upAndDown = new long[2];
        for (Object[] row : moves) {
            Integer from = row[0] == null ? Integer.valueOf(defaultRank) : rankOf.get((String) row[0]);
            Integer to = rankOf.get((String) row[1]);
            if (from != null && to != null && !to.equals(from)) {
                upAndDown[to > from ? 0 : 1] += (Long) row[2];
            }
        }
        return upAndDown;
    }

    private Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
