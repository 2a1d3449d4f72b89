package io.smm.membership.points;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The months of a liability report in the store's time zone, {@code from} to {@code to} both included, at most
 * {@link #MAX_MONTHS}, and the moment each is measured at: the end of the month (the first instant of the next
 * month in the zone), or now for the current month. Points recorded before that moment count, a lot expiring at it
 * or before does not (docs/points.md, "Reports").
 */
final class LiabilityMonths {

    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 36;

    private final List<YearMonth> months;
    private final List<Instant> ends;

    private LiabilityMonths(List<YearMonth> months, List<Instant> ends) {
        this.months = List.copyOf(months);
        this.ends = List.copyOf(ends);
    }

    /**
     * The months of two {@code yyyy-MM} texts, either missing: without {@code to} up to the current month, without
     * {@code from} the {@link #DEFAULT_MONTHS} months up to {@code to}.
     *
     * @throws InvalidInputException naming each text that is no month or {@code to} after the current month,
     *         else {@code from} and {@code to} when they are the wrong way round or more than {@link #MAX_MONTHS}
     *         months apart
     */
    static LiabilityMonths of(String from, String to, Instant now, ZoneId zone) {
        YearMonth current = YearMonth.from(now.atZone(zone));
        List<Violation> problems = new ArrayList<>();
        YearMonth first = month("from", from, problems);
        YearMonth last = month("to", to, problems);
        if (first != null && first.isAfter(current)) {
            problems.add(new Violation("from", "membership.points.report.month.future", current.toString()));
        }
        if (last != null && last.isAfter(current)) {
            problems.add(new Violation("to", "membership.points.report.month.future", current.toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        YearMonth end = last != null ? last : current;
        YearMonth start = first != null ? first : end.minusMonths(DEFAULT_MONTHS - 1L);
        if (end.isBefore(start)) {
            throw invalid("membership.period.order");
        }
        if (ChronoUnit.MONTHS.between(start, end) >= MAX_MONTHS) {
            throw invalid("membership.points.report.months.too-long", MAX_MONTHS);
        }
        List<YearMonth> months = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
            months.add(month);
            ends.add(month.equals(current) ? now : month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
        return new LiabilityMonths(months, ends);
    }

    private static YearMonth month(String field, String text, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException notAMonth) {
            problems.add(new Violation(field, "membership.points.report.month"));
            return null;
        }
    }

    private static InvalidInputException invalid(String code, Object... arguments) {
        return new InvalidInputException(List.of(new Violation("from", code, arguments),
                new Violation("to", code, arguments)));
    }

    List<YearMonth> months() {
        return months;
    }

    /** The moment each month is measured at, in the months' order (strictly increasing). */
    List<Instant> ends() {
        return ends;
    }

    int size() {
        return months.size();
    }

    YearMonth first() {
        return months.get(0);
    }

    YearMonth last() {
        return months.get(months.size() - 1);
    }
}
