package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.ClickReports;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;
import io.smm.membership.sql.NativeRows;

/**
 * Affiliates' reports (docs/affiliates.md, "Reports and CSV"): clicks, orders, conversion and commission by state
 * over a period with every day of it, counted and summed by the database from the clicks (through
 * {@link ClickReports}) and the commissions' ledger; the store's commissions and self-referral flags page by page;
 * the affiliate's own view of them.
 */
public class ReportService {

    private final ReportLedger ledger;
    private final AffiliateDirectory affiliates;
    private final ClickReports clicks;
    private final MoneyRule money;
    private final StoreCurrencies currencies;
    private final Clock clock;
    private final ZoneId zone;

    ReportService(ReportLedger ledger, AffiliateDirectory affiliates, ClickReports clicks, MoneyRule money,
            StoreCurrencies currencies, Clock clock, ZoneId zone) {
        this.ledger = ledger;
        this.affiliates = affiliates;
        this.clicks = clicks;
        this.money = money;
        this.currencies = currencies;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The period of two ISO dates of a query in the store's time zone, the last 30 days without them; 400 naming
     * {@code from} and {@code to} when they are no dates, in the wrong order, or more than 366 days apart.
     */
    public DayPeriod period(String from, String to) {
        return DayPeriod.of(from, to, LocalDate.ofInstant(clock.instant(), zone), zone);
    }

    /** The affiliate's report over the period, every day present; 404 for an affiliate the store does not have. */
    @Transactional(readOnly = true)
    public ReportView report(String storeCode, long affiliateId, DayPeriod period) {
        String name = affiliates.byId(storeCode, affiliateId).map(AffiliateCard::name).orElseThrow(
                () -> new NotFoundException("membership.payout.affiliate.not-found", affiliateId));
        Currency currency = currencyOf(storeCode);
        int days = period.days();
        List<Long> clicksPerDay = clicks.perDay(storeCode, affiliateId, period);
        long[] orders = new long[days];
        BigDecimal[] commission = new BigDecimal[days];
        Arrays.fill(commission, BigDecimal.ZERO);
        for (Object[] quarter : ledger.ordersPerQuarterHour(storeCode, affiliateId, period.start(), period.end())) {
            int day = period.dayOf(ReportLedger.quarterStart(quarter));
            orders[day] += NativeRows.whole(quarter[5]);
            if (quarter[6] != null) {
                commission[day] = commission[day].add((BigDecimal) quarter[6]);
            }
        }
        List<ReportDay> chart = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            chart.add(new ReportDay(period.getFrom().plusDays(day).toString(), clicksPerDay.get(day), orders[day],
                    money.round(commission[day], currency)));
        }
        Map<String, BigDecimal> byState = new LinkedHashMap<>();
        ledger.byState(storeCode, affiliateId, period.start(), period.end())
                .forEach((state, sum) -> byState.put(state, money.round(sum, currency)));
        return new ReportView(affiliateId, name, period, currency.getCurrencyCode(), byState, chart);
    }

    /**
     * One page of the store's commissions, latest first, of one affiliate or all, in one state or all; 400 naming
     * {@code state} when it is none of {@link ReportLedger#STATES}.
     */
    @Transactional(readOnly = true)
    public Page<ReportCommissionRow> commissions(String storeCode, Long affiliateId, String state, Pageable page) {
        String named = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
        if (named != null && !ReportLedger.STATES.contains(named)) {
            throw new InvalidInputException(new Violation("state", "membership.payout.state.unknown",
                    String.join(", ", ReportLedger.STATES)));
        }
        return ledger.commissions(storeCode, ReportLedger.Filter.all().affiliate(affiliateId).state(named), page);
    }

    /** One page of the self-referrals of the period (FLAGGED commissions, with their flag), latest first. */
    @Transactional(readOnly = true)
    public Page<ReportCommissionRow> selfReferrals(String storeCode, DayPeriod period, Pageable page) {
        return ledger.commissions(storeCode, ReportLedger.Filter.all().state("FLAGGED")
                .placed(period.start(), period.end()), page);
    }

    /** The id of the logged-in customer's affiliate account; 404 when the customer is no affiliate. */
    @Transactional(readOnly = true)
    public long affiliateOf(String storeCode, long customerId) {
        return affiliates.byCustomer(storeCode, customerId).map(AffiliateCard::id).orElseThrow(
                () -> new NotFoundException("membership.affiliate.none"));
    }

    private Currency currencyOf(String storeCode) {
        return currencies.of(storeCode).orElseThrow(() -> new NotFoundException("membership.payout.store.unknown",
                storeCode));
    }
}
