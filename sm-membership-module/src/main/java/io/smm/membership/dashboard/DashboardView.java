package io.smm.membership.dashboard;

import java.time.Instant;
import java.util.List;

import io.smm.membership.time.Instants;

/**
 * The dashboard's JSON: the period and the one before it (ISO dates, store time zone), when the orders were last
 * counted, and the panels asked.
 */
public final class DashboardView {

    private final DashboardPeriod period;
    private final List<DashboardPanel> panels;
    private final Instant ordersCountedAt;

    DashboardView(DashboardPeriod period, List<DashboardPanel> panels, Instant ordersCountedAt) {
        this.period = period;
        this.panels = List.copyOf(panels);
        this.ordersCountedAt = ordersCountedAt;
    }

    public String getFrom() {
        return period.getCurrent().getFrom().toString();
    }

    public String getTo() {
        return period.getCurrent().getTo().toString();
    }

    public String getPreviousFrom() {
        return period.getPrevious().getFrom().toString();
    }

    public String getPreviousTo() {
        return period.getPrevious().getTo().toString();
    }

    public String getTimeZone() {
        return period.getCurrent().getTimeZone();
    }

    /** When the orders behind activity, repurchase and sales were last counted (ISO-8601); null before that. */
    public String getOrdersCountedAt() {
        return Instants.iso(ordersCountedAt);
    }

    public List<DashboardPanel> getPanels() {
        return panels;
    }
}
