package io.smm.membership.dashboard;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.dashboard.DashboardPanel.Link;
import io.smm.membership.dashboard.DashboardPanel.Row;
import io.smm.membership.dashboard.DashboardPanel.Value;
import io.smm.membership.dashboard.DashboardQueries.MemberSet;
import io.smm.membership.dashboard.DashboardQueries.Sales;
import io.smm.membership.dashboard.DashboardQueries.Spans;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.Paging;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.points.LiabilityMonth;
import io.smm.membership.points.PointsReports;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;
import io.smm.membership.web.Violation;

/**
 * The owner's dashboard (docs/analytics-dashboard.md): panels of figures for a period beside the period before it,
 * each answered by a few grouped queries (of the order spans for the panels of paid orders), and the members behind
 * every figure that counts members, paged and counted by one query. "Per tier" is the member's current tier.
 */
public class DashboardService {

    public static final List<String> PANELS = List.of("members", "activity", "repurchase", "sales", "moves",
            "coupons", "points", "affiliates");
    public static final String ALL = "ALL";
    private static final int CSV_PAGE = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DashboardQueries queries;
    private final MemberRoll roll;
    private final GroupService groups;
    private final MemberDirectory directory;
    private final ObjectProvider<PointsReports> points;
    private final StoreCurrencies currencies;
    private final MoneyRule money;
    private final Clock clock;
    private final ZoneId zone;
    private final SleepDays sleepDays;

    DashboardService(DashboardQueries queries, MemberRoll roll, GroupService groups, MemberDirectory directory,
            ObjectProvider<PointsReports> points, StoreCurrencies currencies, MoneyRule money, Clock clock,
            ZoneId zone, SleepDays sleepDays) {
        this.queries = queries;
        this.roll = roll;
        this.groups = groups;
        this.directory = directory;
        this.points = points;
        this.currencies = currencies;
        this.money = money;
        this.clock = clock;
        this.zone = zone;
        this.sleepDays = sleepDays;
    }

    /** @see DashboardPeriod#of */
    public DashboardPeriod period(String preset, String from, String to) {
        return DashboardPeriod.of(preset, from, to, LocalDate.now(clock.withZone(zone)), zone);
    }

    /** The store's time zone, the one periods are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** One panel; an unknown panel is not found. */
    @Transactional(readOnly = true)
    public DashboardPanel panel(String storeCode, String code, DashboardPeriod period, Locale locale) {
        return panel(storeCode, code, period, tiers(storeCode, locale));
    }

    private DashboardPanel panel(String storeCode, String code, DashboardPeriod period, Tiers tiers) {
        switch (code) {
        case "members":
            return perTier(code, tiers, List.of(
                    counted("members", DashboardFigure.MEMBERS, storeCode, tiers, period),
                    counted("new", DashboardFigure.NEW_MEMBERS, storeCode, tiers, period)));
        case "activity":
            return perTier(code, tiers, List.of(
                    counted("active", DashboardFigure.ACTIVE, storeCode, tiers, period),
                    counted("sleeping", DashboardFigure.SLEEPING, storeCode, tiers, period)));
        case "repurchase":
            return repurchase(storeCode, tiers, period);
        case "sales":
            return sales(storeCode, tiers, period);
        case "moves":
            return moves(storeCode, tiers, period);
        case "coupons":
            return coupons(storeCode, tiers, period);
        case "points":
            return points(storeCode, period);
        case "affiliates":
            return affiliates(storeCode, tiers, period);
        default:
            throw new NotFoundException("membership.dashboard.panel.unknown", code);
        }
    }

    /** When the orders behind the activity, repurchase and sales panels were last counted; none before the first. */
    @Transactional(readOnly = true)
    public Optional<Instant> ordersCountedAt(String storeCode) {
        return queries.ordersCountedAt(storeCode);
    }

    /** Every panel, in {@link #PANELS} order. */
    @Transactional(readOnly = true)
    public List<DashboardPanel> panels(String storeCode, DashboardPeriod period, Locale locale) {
        Tiers tiers = tiers(storeCode, locale);
        return PANELS.stream().map(code -> panel(storeCode, code, period, tiers)).collect(Collectors.toList());
    }

    /**
     * What a drill-down asks, every parameter checked at once.
     *
     * @throws InvalidInputException naming every broken parameter: {@code figure} none of {@link DashboardFigure},
     *         {@code tier} no tier of the store, {@code moveTo} missing or {@code moveFrom}/{@code moveTo} no tier
     *         for {@code MOVED}, {@code from}/{@code to} as {@link DashboardPeriod#of} says, {@code page}/{@code size}
     */
    @Transactional(readOnly = true)
    public MembersQuery membersQuery(String storeCode, String figure, String tier, String moveFrom, String moveTo,
            String from, String to, int page, int size) {
        return membersQuery(storeCode, figure, tier, moveFrom, moveTo, null, from, to, page, size);
    }

    /**
     * What a drill-down asks, its period a preset or two dates as {@link #period} takes them.
     *
     * @throws InvalidInputException as above, with {@code preset} when it is none of {@link DashboardPeriod#PRESETS}
     */
    @Transactional(readOnly = true)
    public MembersQuery membersQuery(String storeCode, String figure, String tier, String moveFrom, String moveTo,
            String preset, String from, String to, int page, int size) {
        List<Violation> problems = new ArrayList<>();
        Tiers tiers = tiers(storeCode, Locale.ENGLISH);
        DashboardFigure asked = null;
        try {
            asked = DashboardFigure.valueOf(String.valueOf(figure).trim());
        } catch (IllegalArgumentException none) {
            problems.add(new Violation("figure", "membership.dashboard.figure.unknown"));
        }
        Long tierId = blank(tier) ? null : tiers.idOf(tier.trim());
        if (!blank(tier) && tierId == null) {
            problems.add(new Violation("tier", "membership.dashboard.tier.unknown", tier));
        }
        if (asked == DashboardFigure.MOVED) {
            if (blank(moveTo) || tiers.idOf(moveTo.trim()) == null) {
                problems.add(new Violation("moveTo", "membership.dashboard.tier.unknown", String.valueOf(moveTo)));
            }
            if (!blank(moveFrom) && tiers.idOf(moveFrom.trim()) == null) {
                problems.add(new Violation("moveFrom", "membership.dashboard.tier.unknown", moveFrom));
            }
        }
        if (page < 0) {
            problems.add(new Violation("page", "membership.dashboard.page.negative"));
        }
        if (size < 1 || size > Paging.MAX_PAGE_SIZE) {
            problems.add(new Violation("size", "membership.dashboard.size.range", Paging.MAX_PAGE_SIZE));
        }
        DayPeriod period = null;
        try {
            period = period(preset, from, to).getCurrent();
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.violations());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MembersQuery(asked, tierId, blank(tier) ? null : tier.trim(),
                blank(moveFrom) ? null : moveFrom.trim(), asked == DashboardFigure.MOVED ? moveTo.trim() : null,
                period, page, size);
    }

    /** One page of the members a figure counts, in the order of their ids. */
    @Transactional(readOnly = true)
    public Page<MemberSummary> members(String storeCode, MembersQuery query) {
        Tiers tiers = tiers(storeCode, Locale.ENGLISH);
        long total = count(storeCode, tiers, query);
        List<MemberSummary> rows = named(storeCode, ids(storeCode, tiers, query, query.page * query.size,
                query.size));
        return new PageImpl<>(rows, PageRequest.of(query.page, query.size), total);
    }

    /** Every member a figure counts, as {@link DashboardCsv#MEMBER_COLUMNS}, read a thousand at a time. */
    @Transactional(readOnly = true)
    public void writeMembersCsv(String storeCode, MembersQuery query, Writer out) {
        SpreadsheetCsv.Rows rows = SpreadsheetCsv.rows(out, DashboardCsv.MEMBER_COLUMNS);
        Tiers tiers = tiers(storeCode, Locale.ENGLISH);
        List<Long> ids;
        int offset = 0;
        do {
            ids = ids(storeCode, tiers, query, offset, CSV_PAGE);
            offset += ids.size();
            named(storeCode, ids).forEach(member -> DashboardCsv.printMember(rows, member));
        } while (ids.size() == CSV_PAGE);
        rows.flush();
    }

    /** The members of these ids, in their order; one the host no longer has shows its id only. */
    private List<MemberSummary> named(String storeCode, List<Long> ids) {
        Map<Long, MemberSummary> found = directory.findAll(storeCode, ids);
        return ids.stream().map(id -> Optional.ofNullable(found.get(id))
                .orElseGet(() -> new MemberSummary(id, null, null, null, null))).collect(Collectors.toList());
    }

    private long count(String storeCode, Tiers tiers, MembersQuery query) {
        Map<Long, Long> byTier = query.figure.isHostRoll()
                ? roll.countByTier(storeCode, tiers.defaultId, createdFrom(query.figure, query.period),
                        query.period.end())
                : queries.countByTier(set(query, storeCode, tiers));
        return query.tierId == null ? byTier.values().stream().mapToLong(Long::longValue).sum()
                : byTier.getOrDefault(query.tierId, 0L);
    }

    private List<Long> ids(String storeCode, Tiers tiers, MembersQuery query, int offset, int limit) {
        return query.figure.isHostRoll()
                ? roll.customers(storeCode, tiers.defaultId, query.tierId, createdFrom(query.figure, query.period),
                        query.period.end(), offset, limit)
                : queries.members(set(query, storeCode, tiers), query.tierId, offset, limit);
    }

    private MemberSet set(MembersQuery query, String storeCode, Tiers tiers) {
        return set(query.figure, storeCode, tiers, query.period, query.moveFrom, query.moveTo);
    }

    private MemberSet set(DashboardFigure figure, String storeCode, Tiers tiers, DayPeriod period,
            String moveFrom, String moveTo) {
        return MemberSet.of(figure, storeCode, tiers.defaultId, period.start(), period.end(),
                sleepStart(storeCode, period).atStartOfDay(period.zone()).toInstant(), moveFrom, moveTo,
                tiers.defaultCode);
    }

    private static Instant createdFrom(DashboardFigure figure, DayPeriod period) {
        return figure == DashboardFigure.NEW_MEMBERS ? period.start() : null;
    }

    /** A figure per tier, both periods: tier id to its count. */
    private Map<Long, Long>[] byTier(DashboardFigure figure, String storeCode, Tiers tiers, DashboardPeriod period) {
        @SuppressWarnings("unchecked")
        Map<Long, Long>[] both = new Map[2];
        DayPeriod[] periods = { period.getCurrent(), period.getPrevious() };
        for (int i = 0; i < 2; i++) {
            both[i] = figure.isHostRoll()
                    ? roll.countByTier(storeCode, tiers.defaultId, createdFrom(figure, periods[i]), periods[i].end())
                    : countedFromSpans(figure, storeCode, periods[i]);
        }
        return both;
    }

    /** Per tier: the members of an order figure, from the order spans ({@link OrderSpans}). */
    private Map<Long, Long> countedFromSpans(DashboardFigure figure, String storeCode, DayPeriod period) {
        LocalDate until = period.getTo().plusDays(1);
        switch (figure) {
        case ACTIVE:
            return spans(storeCode, period, 1).buyers();
        case SLEEPING:
            Map<Long, Long> sleeping = new HashMap<>(queries.firstOrdersBefore(storeCode, until));
            queries.spans(storeCode, sleepStart(storeCode, period), until, 1).buyers()
                    .forEach((tier, awake) -> sleeping.merge(tier, -awake, Long::sum));
            return sleeping;
        default:
            throw new IllegalArgumentException(figure + " is not counted from orders");
        }
    }

    /** The first of the sleep days that end with the period. */
    private LocalDate sleepStart(String storeCode, DayPeriod period) {
        return period.getTo().plusDays(1L - sleepDays.of(storeCode));
    }

    /** A measure of member counts per tier, each linked to its members. */
    private Measure counted(String code, DashboardFigure figure, String storeCode, Tiers tiers,
            DashboardPeriod period) {
        Map<Long, Long>[] both = byTier(figure, storeCode, tiers, period);
        return counted(code, figure, both[0], both[1]);
    }

    private static Measure counted(String code, DashboardFigure figure, Map<Long, Long> now,
            Map<Long, Long> before) {
        return new Measure(code, tier -> number(now.getOrDefault(tier.getId(), 0L)),
                tier -> number(before.getOrDefault(tier.getId(), 0L)),
                tier -> new Link(figure, tier == null ? null : tier.getCode(), null, null),
                number(sum(now)), number(sum(before)));
    }

    /** Buyers and repurchasers from one read of each period's spans. */
    private DashboardPanel repurchase(String storeCode, Tiers tiers, DashboardPeriod period) {
        Spans now = spans(storeCode, period.getCurrent(), OrderSpans.LONGEST_GAP);
        Spans before = spans(storeCode, period.getPrevious(), OrderSpans.LONGEST_GAP);
        Measure buyers = counted("buyers", DashboardFigure.ACTIVE, now.buyers(), before.buyers());
        Measure again = counted("repurchasers", DashboardFigure.REPURCHASERS, now.repurchasers(),
                before.repurchasers());
        Measure rate = new Measure("rate-percent", tier -> percent(again.current.apply(tier),
                buyers.current.apply(tier)), tier -> percent(again.previous.apply(tier), buyers.previous.apply(tier)),
                tier -> null, percent(again.currentAll, buyers.currentAll),
                percent(again.previousAll, buyers.previousAll));
        return perTier("repurchase", tiers, List.of(buyers, again, rate));
    }

    private DashboardPanel sales(String storeCode, Tiers tiers, DashboardPeriod period) {
        Currency currency = currencies.of(storeCode).orElse(null);
        Map<Long, Sales> now = sales(storeCode, period.getCurrent());
        Map<Long, Sales> before = sales(storeCode, period.getPrevious());
        Sales allNow = total(now);
        Sales allBefore = total(before);
        Sales none = new Sales(0, BigDecimal.ZERO);
        Function<MemberGroup, Sales> current = tier -> now.getOrDefault(tier.getId(), none);
        Function<MemberGroup, Sales> previous = tier -> before.getOrDefault(tier.getId(), none);
        Function<MemberGroup, Link> buyers = tier -> new Link(DashboardFigure.ACTIVE,
                tier == null ? null : tier.getCode(), null, null);
        return perTier("sales", tiers, List.of(
                new Measure("orders", tier -> number(current.apply(tier).count),
                        tier -> number(previous.apply(tier).count), buyers, number(allNow.count),
                        number(allBefore.count)),
                new Measure("revenue", tier -> round(current.apply(tier).amount, currency),
                        tier -> round(previous.apply(tier).amount, currency), buyers,
                        round(allNow.amount, currency), round(allBefore.amount, currency)),
                new Measure("average-order", tier -> average(current.apply(tier), currency),
                        tier -> average(previous.apply(tier), currency), buyers, average(allNow, currency),
                        average(allBefore, currency)),
                new Measure("revenue-share-percent", tier -> share(current.apply(tier).amount, allNow.amount),
                        tier -> share(previous.apply(tier).amount, allBefore.amount), tier -> null,
                        share(allNow.amount, allNow.amount), share(allBefore.amount, allBefore.amount))));
    }

    private Map<Long, Sales> sales(String storeCode, DayPeriod period) {
        return spans(storeCode, period, 0).sales();
    }

    private Spans spans(String storeCode, DayPeriod period, int longestGap) {
        return queries.spans(storeCode, period.getFrom(), period.getTo().plusDays(1), longestGap);
    }

    private DashboardPanel moves(String storeCode, Tiers tiers, DashboardPeriod period) {
        Map<String, Long> now = moveCounts(storeCode, tiers, period.getCurrent());
        Map<String, Long> before = moveCounts(storeCode, tiers, period.getPrevious());
        List<String> pairs = new ArrayList<>(now.keySet());
        before.keySet().stream().filter(pair -> !now.containsKey(pair)).forEach(pairs::add);
        pairs.sort(Comparator.naturalOrder());
        long[] upDownNow = upAndDown(now, tiers);
        long[] upDownBefore = upAndDown(before, tiers);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("UP", "UP", List.of(new Value("members", number(upDownNow[0]), number(upDownBefore[0]),
                null))));
        rows.add(new Row("DOWN", "DOWN", List.of(new Value("members", number(upDownNow[1]),
                number(upDownBefore[1]), null))));
        for (String pair : pairs) {
            String[] fromTo = pair.split(">", 2);
            rows.add(new Row(pair, tiers.label(fromTo[0]) + " → " + tiers.label(fromTo[1]), List.of(new Value(
                    "members", number(now.getOrDefault(pair, 0L)), number(before.getOrDefault(pair, 0L)),
                    new Link(DashboardFigure.MOVED, null, tiers.isDefault(fromTo[0]) ? null : fromTo[0],
                            fromTo[1])))));
        }
        return new DashboardPanel("moves", List.of("members"), rows);
    }

    /** {@code FROM>TO} (no from: the default tier's code) to the members who made that move. */
    private Map<String, Long> moveCounts(String storeCode, Tiers tiers, DayPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        queries.moves(storeCode, tiers.defaultCode, period.start(), period.end())
                .forEach(row -> counts.put(row[0] + ">" + row[1], NativeRows.whole(row[2])));
        return counts;
    }

    private static long[] upAndDown(Map<String, Long> moves, Tiers tiers) {
        long[] upDown = new long[2];
        moves.forEach((pair, members) -> {
            String[] fromTo = pair.split(">", 2);
            Integer from = tiers.rankOf(fromTo[0]);
            Integer to = tiers.rankOf(fromTo[1]);
            if (from != null && to != null && !from.equals(to)) {
                upDown[to > from ? 0 : 1] += members;
            }
        });
        return upDown;
    }

    private DashboardPanel coupons(String storeCode, Tiers tiers, DashboardPeriod period) {
        Currency currency = currencies.of(storeCode).orElse(null);
        Sales now = queries.redemptions(storeCode, period.getCurrent().start(), period.getCurrent().end());
        Sales before = queries.redemptions(storeCode, period.getPrevious().start(), period.getPrevious().end());
        return storeRow("coupons", List.of(new Value("redemptions", number(now.count), number(before.count), null),
                new Value("discount", round(now.amount, currency), round(before.amount, currency), null),
                memberCount("members", DashboardFigure.COUPON_USERS, storeCode, tiers, period)));
    }

    private DashboardPanel affiliates(String storeCode, Tiers tiers, DashboardPeriod period) {
        Currency currency = currencies.of(storeCode).orElse(null);
        Sales now = queries.commissions(storeCode, period.getCurrent().start(), period.getCurrent().end());
        Sales before = queries.commissions(storeCode, period.getPrevious().start(), period.getPrevious().end());
        return storeRow("affiliates", List.of(new Value("orders", number(now.count), number(before.count), null),
                new Value("commission", round(now.amount, currency), round(before.amount, currency), null),
                memberCount("members", DashboardFigure.AFFILIATE_BUYERS, storeCode, tiers, period)));
    }

    /** Outstanding points at the end of the months holding each period's last day (now for the current month). */
    private DashboardPanel points(String storeCode, DashboardPeriod period) {
        PointsReports reports = points.getIfAvailable();
        if (reports == null) {
            return storeRow("points", List.of());
        }
        LiabilityMonth now = month(reports, storeCode, period.getCurrent());
        LiabilityMonth before = month(reports, storeCode, period.getPrevious());
        return storeRow("points", List.of(new Value("outstanding", number(now.getOutstanding()),
                number(before.getOutstanding()), null),
                new Value("cash-value", now.getCashValue(), before.getCashValue(), null)));
    }

    private static LiabilityMonth month(PointsReports reports, String storeCode, DayPeriod period) {
        String month = YearMonth.from(period.getTo()).toString();
        return reports.liability(storeCode, month, month).getMonths().get(0);
    }

    private Value memberCount(String code, DashboardFigure figure, String storeCode, Tiers tiers,
            DashboardPeriod period) {
        return new Value(code, number(queries.count(set(figure, storeCode, tiers, period.getCurrent(), null,
                null))), number(queries.count(set(figure, storeCode, tiers, period.getPrevious(), null, null))),
                new Link(figure, null, null, null));
    }

    private static DashboardPanel storeRow(String code, List<Value> values) {
        return new DashboardPanel(code, values.stream().map(Value::getMeasure).collect(Collectors.toList()),
                List.of(new Row(ALL, ALL, values)));
    }

    /** One row per tier, lowest rank first, then the store's row. */
    private static DashboardPanel perTier(String code, Tiers tiers, List<Measure> measures) {
        List<Row> rows = new ArrayList<>();
        for (MemberGroup tier : tiers.ladder) {
            rows.add(new Row(tier.getCode(), tiers.label(tier.getCode()), measures.stream().map(measure -> new Value(
                    measure.code, measure.current.apply(tier), measure.previous.apply(tier), measure.link.apply(tier)))
                    .collect(Collectors.toList())));
        }
        rows.add(new Row(ALL, ALL, measures.stream().map(measure -> new Value(measure.code, measure.currentAll,
                measure.previousAll, measure.link.apply(null))).collect(Collectors.toList())));
        return new DashboardPanel(code, measures.stream().map(measure -> measure.code).collect(Collectors.toList()),
                rows);
    }

    private Tiers tiers(String storeCode, Locale locale) {
        return new Tiers(groups.list(storeCode).stream().filter(MemberGroup::isTier)
                .sorted(Comparator.comparing(MemberGroup::getRank)).collect(Collectors.toList()), locale);
    }

    private BigDecimal round(BigDecimal amount, Currency currency) {
        return currency == null ? amount : money.round(amount, currency);
    }

    private BigDecimal average(Sales sales, Currency currency) {
        return sales.count == 0 ? null : round(sales.amount.divide(BigDecimal.valueOf(sales.count), 10,
                RoundingMode.HALF_UP), currency);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return percent(part, whole);
    }

    private static Sales total(Map<Long, Sales> byTier) {
        return new Sales(byTier.values().stream().mapToLong(sales -> sales.count).sum(), byTier.values().stream()
                .map(sales -> sales.amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static long sum(Map<Long, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A column of a per-tier panel: its value for a tier (null: the store) in each period, and its members. */
    private static final class Measure {

        final String code;
        final Function<MemberGroup, BigDecimal> current;
        final Function<MemberGroup, BigDecimal> previous;
        final Function<MemberGroup, Link> link;
        final BigDecimal currentAll;
        final BigDecimal previousAll;

        Measure(String code, Function<MemberGroup, BigDecimal> current, Function<MemberGroup, BigDecimal> previous,
                Function<MemberGroup, Link> link, BigDecimal currentAll, BigDecimal previousAll) {
            this.code = code;
            this.current = current;
            this.previous = previous;
            this.link = link;
            this.currentAll = currentAll;
            this.previousAll = previousAll;
        }
    }

    /** The store's tier ladder, lowest rank first, with its default tier. */
    private static final class Tiers {

        final List<MemberGroup> ladder;
        final long defaultId;
        final String defaultCode;
        private final Locale locale;

        Tiers(List<MemberGroup> ladder, Locale locale) {
            this.ladder = ladder;
            this.locale = locale;
            Optional<MemberGroup> fallback = ladder.stream().filter(MemberGroup::isDefaultTier).findFirst();
            this.defaultId = fallback.map(MemberGroup::getId).orElse(-1L);
            this.defaultCode = fallback.map(MemberGroup::getCode).orElse("");
        }

        Long idOf(String code) {
            return find(code).map(MemberGroup::getId).orElse(null);
        }

        Integer rankOf(String code) {
            return find(code).map(MemberGroup::getRank).orElse(null);
        }

        boolean isDefault(String code) {
            return defaultCode.equals(code);
        }

        String label(String code) {
            return find(code).map(tier -> tier.getName().in(locale)).orElse(code);
        }

        private Optional<MemberGroup> find(String code) {
            return ladder.stream().filter(tier -> tier.getCode().equals(code)).findFirst();
        }
    }

    /** A checked drill-down: the figure, its tier (null: all), its move and its period, one page. */
    public static final class MembersQuery {

        private final DashboardFigure figure;
        private final Long tierId;
        private final String tier;
        private final String moveFrom;
        private final String moveTo;
        private final DayPeriod period;
        private final int page;
        private final int size;

        MembersQuery(DashboardFigure figure, Long tierId, String tier, String moveFrom, String moveTo,
                DayPeriod period, int page, int size) {
            this.figure = figure;
            this.tierId = tierId;
            this.tier = tier;
            this.moveFrom = moveFrom;
            this.moveTo = moveTo;
            this.period = period;
            this.page = page;
            this.size = size;
        }

        /** The same drill-down at another page of another size (the CSV walks it all). */
        public MembersQuery at(int otherPage, int otherSize) {
            return new MembersQuery(figure, tierId, tier, moveFrom, moveTo, period, otherPage, otherSize);
        }

        public DashboardFigure getFigure() {
            return figure;
        }

        public String getTier() {
            return tier;
        }

        public String getMoveFrom() {
            return moveFrom;
        }

        public String getMoveTo() {
            return moveTo;
        }

        public DayPeriod getPeriod() {
            return period;
        }
    }
}
