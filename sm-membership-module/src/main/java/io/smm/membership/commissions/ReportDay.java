package io.smm.membership.commissions;

import java.math.BigDecimal;

/**
 * One day of an affiliate's report in the store's time zone: clicks, orders placed (self-referrals not counted) and
 * the sum of the ledger entries of the commissions of the orders placed that day; zeros on a quiet day.
 */
public final class ReportDay {

    private final String date;
    private final long clicks;
    private final long orders;
    private final BigDecimal commission;

    ReportDay(String date, long clicks, long orders, BigDecimal commission) {
        this.date = date;
        this.clicks = clicks;
        this.orders = orders;
        this.commission = commission;
    }

    public String getDate() {
        return date;
    }

    public long getClicks() {
        return clicks;
    }

    public long getOrders() {
        return orders;
    }

    public BigDecimal getCommission() {
        return commission;
    }
}
