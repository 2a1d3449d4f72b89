package io.smm.membership.coupons;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The usage report of a store's coupon, read from its ledger and counted by the database: who used it on which
 * order, totals, and redemptions per day in the store's time zone. Customers' names come from the host, one query
 * per page of rows.
 */
public class CouponUsage {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    private final CouponService coupons;
    private final CouponRedemptionRepository ledger;
    private final MemberDirectory customers;
    private final Clock clock;
    private final ZoneId zone;
    private final MoneyRule money;

    @PersistenceContext
    private EntityManager entityManager;

    CouponUsage(CouponService coupons, CouponRedemptionRepository ledger, MemberDirectory customers, Clock clock,
            ZoneId zone, MoneyRule money) {
        this.coupons = coupons;
        this.ledger = ledger;
        this.customers = customers;
        this.clock = clock;
        this.zone = zone;
        this.money = money;
    }

    /** The store's time zone, in which days begin and the report shows dates. */
    public ZoneId zone() {
        return zone;
    }

    /** The coupon's uses, latest first; 404 for a coupon the store does not have. */
    @Transactional(readOnly = true)
    public Page<CouponUsageRow> rows(String storeCode, long couponId, Pageable page) {
        Coupon coupon = coupons.get(storeCode, couponId);
        Page<CouponRedemption> uses = ledger.findUsage(coupon.getId(), page);
        return uses.map(rowsOf(storeCode, uses.getContent())::get);
    }

    @Transactional(readOnly = true)
    public CouponUsageTotals totals(String storeCode, long couponId) {
        Coupon coupon = coupons.get(storeCode, couponId);
        long counted = 0;
        long givenBack = 0;
        List<CouponUsageTotals.Discounts> discounts = new ArrayList<>();
        for (Object[] row : ledger.totals(coupon.getId())) {
            String currency = (String) row[0];
            counted += (Long) row[1];
            givenBack += (Long) row[2];
            discounts.add(new CouponUsageTotals.Discounts(currency, amount(row[3], currency),
                    amount(row[4], currency)));
        }
        return new CouponUsageTotals(counted, givenBack, discounts);
    }

    /** Redemptions on each of the last {@code days} days (1 to 366, today included); 400 naming days otherwise. */
    @Transactional(readOnly = true)
    public CouponUsageByDay byDay(String storeCode, long couponId, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException(new Violation("days", "membership.coupon.usage.days.range", 1,
                    MAX_DAYS));
        }
        Coupon coupon = coupons.get(storeCode, couponId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate first = today.minusDays(days - 1L);
        long[] counts = new long[days];
        for (Object[] quarter : ledger.redeemedPerQuarterHour(coupon.getId(), first.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant())) {
            LocalDate day = LocalDate.ofInstant(utc(quarter), zone);
            counts[(int) ChronoUnit.DAYS.between(first, day)] += ((Number) quarter[5]).longValue();
        }
        List<String> labels = new ArrayList<>();
        List<Long> redemptions = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            labels.add(first.plusDays(day).toString());
            redemptions.add(counts[day]);
        }
        return new CouponUsageByDay(zone.getId(), labels, redemptions);
    }

    /** Writes every use of the coupon, latest first, as {@link CouponUsageCsv}; 404 before writing anything. */
    @Transactional(readOnly = true)
    public void writeCsv(String storeCode, long couponId, Writer out) {
        Coupon coupon = coupons.get(storeCode, couponId);
        CouponUsageCsv csv = CouponUsageCsv.start(out, zone);
        List<CouponRedemption> chunk = ledger.findTop500ByCouponIdAndIdLessThanOrderByIdDesc(coupon.getId(),
                Long.MAX_VALUE);
        while (!chunk.isEmpty()) {
            Map<CouponRedemption, CouponUsageRow> rows = rowsOf(storeCode, chunk);
            chunk.forEach(use -> csv.write(rows.get(use)));
            // written rows leave the persistence context, which would otherwise hold the whole ledger till the end
            chunk.forEach(entityManager::detach);
            chunk = ledger.findTop500ByCouponIdAndIdLessThanOrderByIdDesc(coupon.getId(),
                    chunk.get(chunk.size() - 1).getId());
        }
        csv.flush();
    }

    private Map<CouponRedemption, CouponUsageRow> rowsOf(String storeCode, List<CouponRedemption> uses) {
        Map<Long, MemberSummary> known = customers.findAll(storeCode, uses.stream()
                .map(CouponRedemption::getCustomerId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return uses.stream().collect(Collectors.toMap(use -> use, use -> CouponUsageRow.of(use, known, money)));
    }

    private BigDecimal amount(Object sum, String currency) {
        return CouponUsageRow.inCurrencyScale(sum == null ? BigDecimal.ZERO : (BigDecimal) sum, currency, money);
    }

    /** The start of a quarter hour the ledger query returns as UTC year, month, day, hour and minute. */
    private static Instant utc(Object[] quarter) {
        return LocalDateTime.of(number(quarter[0]), number(quarter[1]), number(quarter[2]), number(quarter[3]),
                number(quarter[4])).toInstant(ZoneOffset.UTC);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
