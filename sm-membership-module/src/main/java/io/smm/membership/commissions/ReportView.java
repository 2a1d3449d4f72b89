package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.smm.membership.time.DayPeriod;

/** An affiliate's report: its {@link ReportSummary} and every day of the period, oldest first, for a chart. */
public final class ReportView extends ReportSummary {

    private final long affiliateId;
    private final String affiliateName;
    private final List<ReportDay> days;

    ReportView(long affiliateId, String affiliateName, DayPeriod period, String currency,
            Map<String, BigDecimal> commission, List<ReportDay> days) {
        super(period, days.stream().mapToLong(ReportDay::getClicks).sum(),
                days.stream().mapToLong(ReportDay::getOrders).sum(), currency, commission);
        this.affiliateId = affiliateId;
        this.affiliateName = affiliateName;
        this.days = List.copyOf(days);
    }

    public long getAffiliateId() {
        return affiliateId;
    }

    public String getAffiliateName() {
        return affiliateName;
    }

    public List<ReportDay> getDays() {
        return days;
    }

    /** The totals alone, as the affiliate's own summary shows them. */
    ReportSummary summary() {
        return new ReportSummary(period(), getClicks(), getOrders(), getCurrency(), getCommission());
    }
}
