package io.smm.membership.dashboard;

import java.util.List;

/** The dashboard's JSON: the period and the one before it (ISO dates, store time zone), and the panels asked. */
public final class DashboardView {

    private final DashboardPeriod period;
    private final List<DashboardPanel> panels;

    DashboardView(DashboardPeriod period, List<DashboardPanel> panels) {
        this.period = period;
        this.panels = List.copyOf(panels);
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

    public List<DashboardPanel> getPanels() {
        return panels;
    }
}
