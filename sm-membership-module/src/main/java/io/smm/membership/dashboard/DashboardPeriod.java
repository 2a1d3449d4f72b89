package io.smm.membership.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The dashboard's period in the store's time zone, whole days, and the period of equal length just before it that
 * it is compared with. Chosen by a preset, else by two ISO dates (blank: the last 30 days); at most
 * {@link #MAX_DAYS} days.
 */
public final class DashboardPeriod {

    /** Three years. */
    public static final int MAX_DAYS = 1096;
    public static final List<String> PRESETS = List.of("last-30-days", "this-month", "last-month", "this-quarter",
            "this-year");

    private final DayPeriod current;
    private final DayPeriod previous;

    private DashboardPeriod(DayPeriod current) {
        this.current = current;
        this.previous = current.before();
    }

    /**
     * @throws InvalidInputException naming {@code preset} when it is none of {@link #PRESETS} (with the dates when
     *         they are broken too), else each date that is none, else both when the period ends before it begins or
     *         is longer than {@link #MAX_DAYS} days
     */
    public static DashboardPeriod of(String preset, String from, String to, LocalDate today, ZoneId zone) {
        if (preset == null || preset.isBlank()) {
            return new DashboardPeriod(DayPeriod.of(from, to, today, zone, MAX_DAYS));
        }
        LocalDate first;
        LocalDate last = today;
        switch (preset.trim()) {
        case "last-30-days":
            first = today.minusDays(DayPeriod.DEFAULT_DAYS - 1L);
            break;
        case "this-month":
            first = today.withDayOfMonth(1);
            break;
        case "last-month":
            YearMonth month = YearMonth.from(today).minusMonths(1);
            first = month.atDay(1);
            last = month.atEndOfMonth();
            break;
        case "this-quarter":
            first = today.with(IsoFields.DAY_OF_QUARTER, 1);
            break;
        case "this-year":
            first = today.withDayOfYear(1);
            break;
        default:
            throw unknownPreset(from, to, today, zone);
        }
        return new DashboardPeriod(DayPeriod.of(first.toString(), last.toString(), today, zone, MAX_DAYS));
    }

    /** The unknown preset, and the dates too when they are broken, so that one answer names every broken field. */
    private static InvalidInputException unknownPreset(String from, String to, LocalDate today, ZoneId zone) {
        List<Violation> problems = new ArrayList<>();
        problems.add(new Violation("preset", "membership.dashboard.preset.unknown", String.join(", ", PRESETS)));
        try {
            DayPeriod.of(from, to, today, zone, MAX_DAYS);
        } catch (InvalidInputException dates) {
            problems.addAll(dates.violations());
        }
        return new InvalidInputException(problems);
    }

    public DayPeriod getCurrent() {
        return current;
    }

    public DayPeriod getPrevious() {
        return previous;
    }
}
