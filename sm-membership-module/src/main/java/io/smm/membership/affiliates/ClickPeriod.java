package io.smm.membership.affiliates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** Whole days of the store's time zone, {@code from} to {@code to} included, at most 366 of them. */
public final class ClickPeriod {

    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    private final LocalDate from;
    private final LocalDate to;
    private final ZoneId zone;

    private ClickPeriod(LocalDate from, LocalDate to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
    }

    /**
     * The period of two ISO dates as a request gives them; a missing {@code to} is today, a missing {@code from}
     * 30 days before {@code to}.
     *
     * @throws InvalidInputException naming each date that is none, and {@code to} before {@code from} or too far
     */
    public static ClickPeriod of(String from, String to, LocalDate today, ZoneId zone) {
        List<Violation> problems = new ArrayList<>();
        LocalDate last = date("to", to, today, problems);
        LocalDate first = date("from", from, last.minusDays(DEFAULT_DAYS - 1L), problems);
        if (problems.isEmpty() && last.isBefore(first)) {
            problems.add(new Violation("to", "membership.affiliate.tracking.period.order"));
        } else if (problems.isEmpty() && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            problems.add(new Violation("to", "membership.affiliate.tracking.period.too-long", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ClickPeriod(first, last, zone);
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            problems.add(new Violation(field, "membership.affiliate.tracking.period.date"));
            return otherwise;
        }
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public ZoneId zone() {
        return zone;
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The start of the first day. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after the last, excluded. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
