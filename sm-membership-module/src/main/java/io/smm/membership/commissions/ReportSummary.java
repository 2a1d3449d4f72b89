package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.smm.membership.time.DayPeriod;

/**
 * An affiliate's results over a period: clicks, orders (self-referrals not counted), conversion (orders per click,
 * null without clicks) and commission by state, each state's the sum of the ledger entries of the commissions in
 * that state placed in the period.
 */
public class ReportSummary {

    private static final int RATE_DECIMALS = 4;

    private final DayPeriod period;
    private final long clicks;
    private final long orders;
    private final String currency;
    private final Map<String, BigDecimal> commission;

    ReportSummary(DayPeriod period, long clicks, long orders, String currency, Map<String, BigDecimal> commission) {
        this.period = period;
        this.clicks = clicks;
        this.orders = orders;
        this.currency = currency;
        this.commission = Collections.unmodifiableMap(new LinkedHashMap<>(commission));
    }

    /** Orders over clicks, unrounded to four decimals (0.0250 is 2.5 %); null when there was no click. */
    static BigDecimal conversion(long orders, long clicks) {
        return clicks == 0 ? null
                : BigDecimal.valueOf(orders).divide(BigDecimal.valueOf(clicks), RATE_DECIMALS, RoundingMode.HALF_UP);
    }

    public String getFrom() {
        return period.getFrom().toString();
    }

    public String getTo() {
        return period.getTo().toString();
    }

    public String getTimeZone() {
        return period.getTimeZone();
    }

    public long getClicks() {
        return clicks;
    }

    public long getOrders() {
        return orders;
    }

    public BigDecimal getConversionRate() {
        return conversion(orders, clicks);
    }

    public String getCurrency() {
        return currency;
    }

    /** PENDING, APPROVED, PAID, REVERSED and FLAGGED, each present. */
    public Map<String, BigDecimal> getCommission() {
        return commission;
    }

    DayPeriod period() {
        return period;
    }
}
