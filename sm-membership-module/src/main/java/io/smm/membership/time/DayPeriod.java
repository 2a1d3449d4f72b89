package io.smm.membership.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Whole days of the store's time zone, {@code from} to {@code to} both included, at most {@link #MAX_DAYS} of them:
 * the period of the affiliates' click reports and of the commission reports and CSV files.
 */
public final class DayPeriod {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    private final LocalDate from;
    private final LocalDate to;
    private final ZoneId zone;

    private DayPeriod(LocalDate from, LocalDate to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
    }

    /**
     * The period of two ISO dates as a request gives them, either missing: without {@code to} it ends today, or on
     * {@code from} when that is later; without {@code from} it is the {@link #DEFAULT_DAYS} days up to {@code to}.
     *
     * @throws InvalidInputException naming each date that is none, else {@code from} and {@code to} when the period
     *         ends before it begins or is longer than {@link #MAX_DAYS} days
     */
    public static DayPeriod of(String from, String to, LocalDate today, ZoneId zone) {
        return of(from, to, today, zone, MAX_DAYS);
    }

    /** As {@link #of(String, String, LocalDate, ZoneId)}, at most {@code maxDays} days long. */
    public static DayPeriod of(String from, String to, LocalDate today, ZoneId zone, int maxDays) {
        List<Violation> problems = new ArrayList<>();
        LocalDate first = date("from", from, problems);
        LocalDate last = date("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate end = last != null ? last : first != null && first.isAfter(today) ? first : today;
        LocalDate start = first != null ? first : end.minusDays(DEFAULT_DAYS - 1L);
        if (end.isBefore(start)) {
            throw invalid("membership.period.order");
        }
        if (ChronoUnit.DAYS.between(start, end) >= maxDays) {
            throw invalid("membership.period.too-long", maxDays);
        }
        return new DayPeriod(start, end, zone);
    }

    private static LocalDate date(String field, String text, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            problems.add(new Violation(field, "membership.period.date"));
            return null;
        }
    }

    private static InvalidInputException invalid(String code, Object... arguments) {
        return new InvalidInputException(List.of(new Violation("from", code, arguments),
                new Violation("to", code, arguments)));
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public String getTimeZone() {
        return zone.getId();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The period of as many days that ends the day before this one begins. */
    public DayPeriod before() {
        return new DayPeriod(from.minusDays(days()), from.minusDays(1), zone);
    }

    /** The number of days, both ends included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first instant of the first day. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day of the period an instant falls on, 0 for the first. */
    public int dayOf(Instant instant) {
        return (int) ChronoUnit.DAYS.between(from, LocalDate.ofInstant(instant, zone));
    }
}
