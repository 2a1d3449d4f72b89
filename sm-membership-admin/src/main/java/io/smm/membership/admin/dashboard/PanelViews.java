package io.smm.membership.admin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.BarChart;
import io.smm.membership.dashboard.DashboardPanel;
import io.smm.membership.dashboard.DashboardPeriod;
import io.smm.membership.dashboard.DashboardService;
import io.smm.membership.time.DayPeriod;

/** Turns the module's panels into what the dashboard page prints, in the reader's language. */
final class PanelViews {

    static final String MEMBERS = AdminPaths.DASHBOARD + "/members";
    private static final Map<String, String> TITLES = Map.of(
            "members", "membership.admin.dashboard.panel.members",
            "activity", "membership.admin.dashboard.panel.activity",
            "repurchase", "membership.admin.dashboard.panel.repurchase",
            "sales", "membership.admin.dashboard.panel.sales",
            "moves", "membership.admin.dashboard.panel.moves",
            "coupons", "membership.admin.dashboard.panel.coupons",
            "points", "membership.admin.dashboard.panel.points",
            "affiliates", "membership.admin.dashboard.panel.affiliates");
    private static final Map<String, String> HINTS = Map.of(
            "members", "membership.admin.dashboard.panel.members.hint",
            "activity", "membership.admin.dashboard.panel.activity.hint",
            "repurchase", "membership.admin.dashboard.panel.repurchase.hint",
            "sales", "membership.admin.dashboard.panel.sales.hint",
            "moves", "membership.admin.dashboard.panel.moves.hint",
            "coupons", "membership.admin.dashboard.panel.coupons.hint",
            "points", "membership.admin.dashboard.panel.points.hint",
            "affiliates", "membership.admin.dashboard.panel.affiliates.hint");
    /** The measures drawn as charts, per panel; the others are read in the table. */
    private static final Map<String, List<String>> CHARTED = Map.of(
            "members", List.of("members"),
            "activity", List.of("active", "sleeping"),
            "sales", List.of("revenue"),
            "moves", List.of("members"));
    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    private final MessageSource messages;
    private final Locale locale;
    private final DashboardMeasures measures;
    private final String currency;
    private final DashboardPeriod period;

    PanelViews(MessageSource messages, Locale locale, int moneyScale, String currency, DashboardPeriod period) {
        this.messages = messages;
        this.locale = locale;
        this.measures = new DashboardMeasures(moneyScale);
        this.currency = currency;
        this.period = period;
    }

    PanelView of(DashboardPanel panel) {
        List<PanelView.RowView> rows = panel.getRows().stream().map(row -> row(panel, row))
                .collect(Collectors.toList());
        boolean empty = panel.getRows().stream().flatMap(row -> row.getValues().stream())
                .allMatch(value -> isNone(value.getCurrent()) && isNone(value.getPrevious()));
        List<PanelView.ChartView> charts = new ArrayList<>();
        for (String measure : CHARTED.getOrDefault(panel.getCode(), List.of())) {
            int column = panel.getMeasures().indexOf(measure);
            if (column >= 0 && !empty) {
                charts.add(chart(panel, measure, column));
            }
        }
        return new PanelView(panel.getCode(), text(TITLES.get(panel.getCode()), panel.getCode()),
                text(HINTS.get(panel.getCode()), ""), panel.getMeasures().stream()
                        .map(measure -> measureName(measure)).collect(Collectors.toList()),
                rows, charts, UriComponentsBuilder.fromPath(AdminPaths.DASHBOARD + "/panels/{panel}.csv")
                        .queryParam("from", period.getCurrent().getFrom())
                        .queryParam("to", period.getCurrent().getTo()).buildAndExpand(panel.getCode()).encode()
                        .toUriString(), empty);
    }

    /** A measure's name, with the currency for money. */
    private String measureName(String measure) {
        String name = text(DashboardMeasures.label(measure), measure);
        return DashboardMeasures.isMoney(measure) ? messages.getMessage("membership.admin.dashboard.in-currency",
                new Object[] { name, currency }, locale) : name;
    }

    private PanelView.RowView row(DashboardPanel panel, DashboardPanel.Row row) {
        return new PanelView.RowView(row.getKey(), rowName(panel, row), DashboardService.ALL.equals(row.getKey()),
                row.getValues().stream().map(this::cell).collect(Collectors.toList()));
    }

    /**
     * The tier's or move's name as the module gives it; the store and the moves up and down in our words (a tier
     * may be coded {@code UP}, but no tier {@code ALL}).
     */
    private String rowName(DashboardPanel panel, DashboardPanel.Row row) {
        if (DashboardService.ALL.equals(row.getKey())) {
            return text("membership.admin.dashboard.row.all", row.getLabel());
        }
        if (isMoves(panel) && (UP.equals(row.getKey()) || DOWN.equals(row.getKey()))) {
            return text(UP.equals(row.getKey()) ? "membership.admin.dashboard.row.up"
                    : "membership.admin.dashboard.row.down", row.getLabel());
        }
        return row.getLabel();
    }

    private static boolean isMoves(DashboardPanel panel) {
        return "moves".equals(panel.getCode());
    }

    private PanelView.Cell cell(DashboardPanel.Value value) {
        String measure = value.getMeasure();
        BigDecimal current = value.getCurrent();
        BigDecimal previous = value.getPrevious();
        boolean both = current != null && previous != null;
        String change = !both ? "—" : DashboardMeasures.isPercent(measure)
                ? messages.getMessage("membership.admin.dashboard.change.points",
                        new Object[] { measures.difference(measure, current, previous) }, locale)
                : measures.difference(measure, current, previous);
        String relative = both && !DashboardMeasures.isPercent(measure) && current.compareTo(previous) != 0
                ? DashboardMeasures.relative(current, previous) : null;
        DashboardPanel.Link link = value.getMembers();
        return new PanelView.Cell(measure, measures.format(measure, current), measures.format(measure, previous),
                change, relative, both ? current.compareTo(previous) : 0,
                current == null ? null : members(link, period.getCurrent(), null),
                previous == null ? null : members(link, period.getPrevious(), period.getCurrent()));
    }

    /**
     * The members page of a figure in a period; null for a value that counts no members. {@code shown} is the period
     * the dashboard showed when it is another one, for the page's way back.
     */
    static String members(DashboardPanel.Link link, DayPeriod days, DayPeriod shown) {
        if (link == null) {
            return null;
        }
        return UriComponentsBuilder.fromPath(MEMBERS).queryParam("figure", link.getFigure().name())
                .queryParamIfPresent("tier", Optional.ofNullable(link.getTier()))
                .queryParamIfPresent("moveFrom", Optional.ofNullable(link.getMoveFrom()))
                .queryParamIfPresent("moveTo", Optional.ofNullable(link.getMoveTo()))
                .queryParam("from", days.getFrom()).queryParam("to", days.getTo())
                .queryParamIfPresent("shownFrom", Optional.ofNullable(shown).map(DayPeriod::getFrom))
                .queryParamIfPresent("shownTo", Optional.ofNullable(shown).map(DayPeriod::getTo)).build().encode()
                .toUriString();
    }

    /**
     * One group per tier (for moves: up and down), this period's bar beside the one before, narrow so that a phone
     * need not shrink its text. Money is drawn in whole units of the currency; the table has the exact amounts.
     */
    private PanelView.ChartView chart(DashboardPanel panel, String measure, int column) {
        List<DashboardPanel.Row> drawn = panel.getRows().stream().filter(row -> isMoves(panel)
                ? UP.equals(row.getKey()) || DOWN.equals(row.getKey()) : !DashboardService.ALL.equals(row.getKey()))
                .collect(Collectors.toList());
        List<Long> now = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        for (DashboardPanel.Row row : drawn) {
            now.add(whole(row.getValues().get(column).getCurrent()));
            before.add(whole(row.getValues().get(column).getPrevious()));
        }
        String name = measureName(measure);
        BarChart chart = BarChart.of(drawn.stream().map(row -> rowName(panel, row)).collect(Collectors.toList()),
                List.of(text("membership.admin.dashboard.current", "current"),
                        text("membership.admin.dashboard.previous", "previous")),
                List.of(now, before), BarChart.NARROW);
        return new PanelView.ChartView("chart-" + panel.getCode() + "-" + measure, name, name, chart);
    }

    private static long whole(BigDecimal value) {
        return value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static boolean isNone(BigDecimal value) {
        return value == null || value.signum() == 0;
    }

    private String text(String key, String fallback) {
        return key == null ? fallback : messages.getMessage(key, null, fallback, locale);
    }
}
