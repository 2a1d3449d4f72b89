package io.smm.membership.affiliates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * What the clicks and rejects tell, for the owner's and the affiliate's JSON and the admin pages: always in bounded
 * pages or as counts the database makes, never every row.
 */
public class ClickReports {

    public static final int MAX_PAGE_SIZE = 200;
    /** The most bursts a period lists, the largest first. */
    static final int MAX_BURSTS = 500;

    private final ClickRepository clicks;
    private final RejectRepository rejects;
    private final AffiliateDirectory directory;
    private final Clock clock;
    private final ZoneId zone;

    ClickReports(ClickRepository clicks, RejectRepository rejects, AffiliateDirectory directory, Clock clock,
            ZoneId zone) {
        this.clicks = clicks;
        this.rejects = rejects;
        this.directory = directory;
        this.clock = clock;
        this.zone = zone;
    }

    /** A period of the store's days from request parameters (see {@link DayPeriod#of}). */
    public DayPeriod period(String from, String to) {
        return DayPeriod.of(from, to, LocalDate.ofInstant(clock.instant(), zone), zone);
    }

    /** One page of an affiliate's clicks, latest first; pages from 0, of 1 to 200 clicks. */
    @Transactional(readOnly = true)
    public Page<Click> clicks(String storeCode, long affiliateId, int page, int size) {
        List<Violation> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new Violation("page", "membership.page.negative"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new Violation("size", "membership.page.size", MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clicks.latestOf(storeCode, affiliateId, PageRequest.of(page, size));
    }

    /**
     * An affiliate's clicks on each day of the period, oldest first: counted by the database per UTC quarter hour
     * (every zone's midnight falls on one) and added up into the store's days.
     */
    @Transactional(readOnly = true)
    public List<Long> perDay(String storeCode, long affiliateId, DayPeriod period) {
        long[] counts = new long[period.days()];
        for (Object[] quarter : clicks.perQuarterHour(storeCode, affiliateId, period.start(), period.end())) {
            int day = period.dayOf(LocalDateTime.of(number(quarter[0]), number(quarter[1]), number(quarter[2]),
                    number(quarter[3]), number(quarter[4])).toInstant(ZoneOffset.UTC));
            counts[day] += ((Number) quarter[5]).longValue();
        }
        return Arrays.stream(counts).boxed().collect(Collectors.toList());
    }

    /** How many of each reason the period had, every reason listed. */
    @Transactional(readOnly = true)
    public Map<RejectReason, Long> rejects(String storeCode, DayPeriod period) {
        Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
        for (RejectReason reason : RejectReason.values()) {
            counts.put(reason, 0L);
        }
        for (Object[] row : rejects.countsByReason(storeCode, period.start(), period.end())) {
            counts.put((RejectReason) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The hours of the period in which an address clicked one affiliate more than the store's burst limit. */
    @Transactional(readOnly = true)
    public List<ClickBurst> bursts(String storeCode, DayPeriod period) {
        long limit = directory.termsOf(storeCode).burstClicksPerHour();
        return clicks.bursts(storeCode, period.start(), period.end(), limit, PageRequest.of(0, MAX_BURSTS)).stream()
                .map(row -> new ClickBurst(((Number) row[0]).longValue(), (String) row[1],
                        LocalDateTime.of(number(row[2]), number(row[3]), number(row[4]), number(row[5]), 0)
                                .toInstant(ZoneOffset.UTC), ((Number) row[6]).longValue()))
                .collect(Collectors.toList());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
