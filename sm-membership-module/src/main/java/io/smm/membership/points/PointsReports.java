package io.smm.membership.points;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.Paging;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.time.Instants;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The owner's points reports (docs/points.md, "Reports"): the shop's outstanding points and their cash value at
 * each month's end, and the members whose usable points expire soon, both counted by the database from the ledger.
 */
public class PointsReports {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_SIZE = 20;
    private static final int CSV_CHUNK = 500;

    private final PointsReportLedger ledger;
    private final PointsSettingsService settings;
    private final MemberDirectory members;
    private final StoreCurrencies currencies;
    private final MoneyRule money;
    private final Clock clock;
    private final ZoneId zone;

    PointsReports(PointsReportLedger ledger, PointsSettingsService settings, MemberDirectory members,
            StoreCurrencies currencies, MoneyRule money, Clock clock, ZoneId zone) {
        this.ledger = ledger;
        this.settings = settings;
        this.members = members;
        this.currencies = currencies;
        this.money = money;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The outstanding points at the end of each month from {@code from} to {@code to} ({@code yyyy-MM}; the last
     * 12 months without them), the current month as of now.
     *
     * @throws InvalidInputException naming {@code from} and {@code to} as {@link LiabilityMonths#of} says
     */
    @Transactional(readOnly = true)
    public LiabilityView liability(String storeCode, String from, String to) {
        Instant now = clock.instant();
        LiabilityMonths months = LiabilityMonths.of(from, to, now, zone);
        Currency currency = currencies.of(storeCode).orElseThrow(
                () -> new NotFoundException("membership.payout.store.unknown", storeCode));
        BigDecimal pointValue = settings.termsOf(storeCode).cashValue();
        PointsReportLedger.Liability liability = ledger.liability(storeCode, months);
        long[] outstanding = liability.outstanding();
        long[] pending = liability.pending();
        List<LiabilityMonth> rows = new ArrayList<>();
        YearMonth current = YearMonth.from(now.atZone(zone));
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.months().get(i);
            rows.add(new LiabilityMonth(month.toString(), Instants.iso(months.ends().get(i)), month.equals(current),
                    outstanding[i] - pending[i], pending[i],
                    money.round(pointValue.multiply(BigDecimal.valueOf(outstanding[i])), currency)));
        }
        return new LiabilityView(months.first().toString(), months.last().toString(), zone.getId(),
                currency.getCurrencyCode(), new BigDecimal(pointValue.stripTrailingZeros().toPlainString()), rows);
    }

    /**
     * What the expiring list asks: {@code days} 1 to 365 (30 without), {@code size} 1 to 100 (20 without) and the
     * key of the page to start after, if any.
     *
     * @throws InvalidInputException naming every broken parameter
     */
    public ExpiringQuery expiringQuery(String days, String after, String size) {
        List<Violation> problems = new ArrayList<>();
        int within = whole("days", days, DEFAULT_DAYS, 1, MAX_DAYS, "membership.points.report.days", problems);
        int rows = whole("size", size, DEFAULT_SIZE, 1, Paging.MAX_PAGE_SIZE, "membership.page.size", problems);
        Optional<PageKey> key = Optional.empty();
        if (after != null && !after.isBlank()) {
            key = PageKey.parse(after.trim());
            if (key.isEmpty()) {
                problems.add(new Violation("after", "membership.points.report.after"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ExpiringQuery(within, key.orElse(null), rows);
    }

    /** One page of the members with usable points expiring within the query's days, soonest first. */
    @Transactional(readOnly = true)
    public ExpiringPage expiring(String storeCode, ExpiringQuery query) {
        Instant now = clock.instant();
        PageKey after = query.after != null ? query.after : PageKey.first(now);
        List<Object[]> rows = ledger.expiring(storeCode, now, until(now, query.days), after.expiry, after.customerId,
                query.size + 1);
        boolean more = rows.size() > query.size;
        List<Object[]> shown = more ? rows.subList(0, query.size) : rows;
        String next = more ? PageKey.of(shown.get(shown.size() - 1)).text() : null;
        return new ExpiringPage(query.days, zone.getId(), members(storeCode, shown), next);
    }

    /** Every member of the expiring list as {@link PointsReportCsv}, read {@value #CSV_CHUNK} at a time. */
    @Transactional(readOnly = true)
    public void writeExpiringCsv(String storeCode, int days, Writer out) {
        Instant now = clock.instant();
        Instant until = until(now, days);
        PointsReportCsv.Expiring csv = PointsReportCsv.expiring(out, zone);
        PageKey after = PageKey.first(now);
        List<Object[]> chunk = ledger.expiring(storeCode, now, until, after.expiry, after.customerId, CSV_CHUNK);
        while (!chunk.isEmpty()) {
            members(storeCode, chunk).forEach(csv::write);
            after = PageKey.of(chunk.get(chunk.size() - 1));
            chunk = chunk.size() < CSV_CHUNK ? List.of()
                    : ledger.expiring(storeCode, now, until, after.expiry, after.customerId, CSV_CHUNK);
        }
        csv.flush();
    }

    private List<ExpiringMember> members(String storeCode, List<Object[]> rows) {
        Map<Long, MemberSummary> known = members.findAll(storeCode, rows.stream()
                .map(row -> NativeRows.whole(row[0])).collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            long customerId = NativeRows.whole(row[0]);
            MemberSummary member = known.get(customerId);
            return new ExpiringMember(customerId, member == null ? null : member.getEmail(),
                    member == null ? null : member.getDisplayName(), NativeRows.whole(row[1]),
                    LocalDateTime.ofInstant(NativeRows.instant(row[2]), zone).toString());
        }).collect(Collectors.toList());
    }

    private static Instant until(Instant now, int days) {
        return now.plus(Duration.ofDays(days));
    }

    private static int whole(String field, String text, int missing, int min, int max, String code,
            List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return missing;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // named below, as a number out of range is
        }
        problems.add(new Violation(field, code, max));
        return missing;
    }

    /** The expiring list's parameters, checked. */
    public static final class ExpiringQuery {

        private final int days;
        private final PageKey after;
        private final int size;

        private ExpiringQuery(int days, PageKey after, int size) {
            this.days = days;
            this.after = after;
            this.size = size;
        }

        public int days() {
            return days;
        }
    }

    /** Where a page of the expiring list starts: after this earliest expiry and customer, as {@code <ISO>,<id>}. */
    private static final class PageKey {

        private final Instant expiry;
        private final long customerId;

        private PageKey(Instant expiry, long customerId) {
            this.expiry = expiry;
            this.customerId = customerId;
        }

        /** Before every member: expiries are all later than now. */
        static PageKey first(Instant now) {
            return new PageKey(now, Long.MIN_VALUE);
        }

        static PageKey of(Object[] row) {
            return new PageKey(NativeRows.instant(row[2]), NativeRows.whole(row[0]));
        }

        static Optional<PageKey> parse(String text) {
            int comma = text.lastIndexOf(',');
            try {
                return Optional.of(new PageKey(Instant.parse(text.substring(0, comma)),
                        Long.parseLong(text.substring(comma + 1))));
            } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException broken) {
                return Optional.empty();
            }
        }

        String text() {
            return expiry + "," + customerId;
        }
    }
}
