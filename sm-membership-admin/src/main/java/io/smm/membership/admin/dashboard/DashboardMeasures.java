package io.smm.membership.admin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.smm.membership.dashboard.DashboardFigure;

/**
 * How the dashboard page names and prints the module's measures and figures: each code's message key, and numbers
 * with grouping, money at the store currency's scale, percentages with one decimal.
 */
final class DashboardMeasures {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("members", "membership.admin.dashboard.measure.members"),
            Map.entry("new", "membership.admin.dashboard.measure.new"),
            Map.entry("active", "membership.admin.dashboard.measure.active"),
            Map.entry("sleeping", "membership.admin.dashboard.measure.sleeping"),
            Map.entry("buyers", "membership.admin.dashboard.measure.buyers"),
            Map.entry("repurchasers", "membership.admin.dashboard.measure.repurchasers"),
            Map.entry("rate-percent", "membership.admin.dashboard.measure.rate-percent"),
            Map.entry("orders", "membership.admin.dashboard.measure.orders"),
            Map.entry("revenue", "membership.admin.dashboard.measure.revenue"),
            Map.entry("average-order", "membership.admin.dashboard.measure.average-order"),
            Map.entry("revenue-share-percent", "membership.admin.dashboard.measure.revenue-share-percent"),
            Map.entry("redemptions", "membership.admin.dashboard.measure.redemptions"),
            Map.entry("discount", "membership.admin.dashboard.measure.discount"),
            Map.entry("outstanding", "membership.admin.dashboard.measure.outstanding"),
            Map.entry("cash-value", "membership.admin.dashboard.measure.cash-value"),
            Map.entry("commission", "membership.admin.dashboard.measure.commission"));
    private static final Set<String> MONEY = Set.of("revenue", "average-order", "discount", "cash-value",
            "commission");
    private static final Set<String> PERCENT = Set.of("rate-percent", "revenue-share-percent");
    private static final Map<DashboardFigure, String> FIGURES = new EnumMap<>(Map.of(
            DashboardFigure.MEMBERS, "membership.admin.dashboard.figure.members",
            DashboardFigure.NEW_MEMBERS, "membership.admin.dashboard.figure.new-members",
            DashboardFigure.ACTIVE, "membership.admin.dashboard.figure.active",
            DashboardFigure.REPURCHASERS, "membership.admin.dashboard.figure.repurchasers",
            DashboardFigure.SLEEPING, "membership.admin.dashboard.figure.sleeping",
            DashboardFigure.MOVED, "membership.admin.dashboard.figure.moved",
            DashboardFigure.COUPON_USERS, "membership.admin.dashboard.figure.coupon-users",
            DashboardFigure.AFFILIATE_BUYERS, "membership.admin.dashboard.figure.affiliate-buyers"));
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private final int moneyScale;

    DashboardMeasures(int moneyScale) {
        this.moneyScale = moneyScale;
    }

    /** The measure's name; a code the page does not know (a measure added later) shows as it is. */
    static String label(String measure) {
        return LABELS.get(measure);
    }

    static String figure(DashboardFigure figure) {
        return FIGURES.get(figure);
    }

    static boolean isMoney(String measure) {
        return MONEY.contains(measure);
    }

    static boolean isPercent(String measure) {
        return PERCENT.contains(measure);
    }

    /** 1,234 or 1,234.50 or 12.5%; a dash where the value has none. */
    String format(String measure, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return isPercent(measure) ? decimals(1).format(value) + "%" : decimals(isMoney(measure) ? moneyScale : 0)
                .format(value);
    }

    /** The difference as a measure of its kind, signed: +3, -12.50, +2.5 (points of a percentage). */
    String difference(String measure, BigDecimal current, BigDecimal previous) {
        BigDecimal difference = current.subtract(previous);
        return (difference.signum() > 0 ? "+" : "") + format(measure, difference).replace("%", "");
    }

    /** The relative change, signed with one decimal; null when the previous value is zero. */
    static String relative(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return null;
        }
        BigDecimal change = current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), 1, RoundingMode.HALF_UP);
        return (change.signum() > 0 ? "+" : "") + decimals(1).format(change) + "%";
    }

    private static DecimalFormat decimals(int scale) {
        DecimalFormat format = new DecimalFormat(scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0", SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
