package io.smm.membership.commissions;

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
 * The days a report or a CSV covers, both ends included, in the store's time zone: at most {@link #MAX_DAYS} days;
 * the last {@link #DEFAULT_DAYS} days up to today when the owner names none.
 */
public final class ReportPeriod {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    private final LocalDate from;
    private final LocalDate to;
    private final ZoneId zone;

    private ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
    }

    /**
     * The period of two ISO dates as given in a query, either missing; 400 naming each that is not a date, and
     * {@code to} when it is before {@code from} or the period is longer than {@link #MAX_DAYS} days.
     */
    static ReportPeriod parse(String from, String to, LocalDate today, ZoneId zone) {
        List<Violation> problems = new ArrayList<>();
        LocalDate last = date("to", to, problems);
        LocalDate first = date("from", from, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate end = last != null ? last : first != null && first.isAfter(today) ? first : today;
        LocalDate start = first != null ? first : end.minusDays(DEFAULT_DAYS - 1L);
        if (end.isBefore(start)) {
            throw new InvalidInputException(new Violation("to", "membership.payout.period.order"));
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new InvalidInputException(new Violation("to", "membership.payout.period.length", MAX_DAYS));
        }
        return new ReportPeriod(start, end, zone);
    }

    private static LocalDate date(String field, String text, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            problems.add(new Violation(field, "membership.payout.period.date"));
            return null;
        }
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

    /** The number of days, both ends included. */
    int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first instant of the first day. */
    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day of the period an instant falls on, 0 for the first. */
    int dayOf(Instant instant) {
        return (int) ChronoUnit.DAYS.between(from, LocalDate.ofInstant(instant, zone));
    }

    ZoneId zone() {
        return zone;
    }
}
