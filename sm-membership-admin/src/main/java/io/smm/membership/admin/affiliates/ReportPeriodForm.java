package io.smm.membership.admin.affiliates;

/** The period of an affiliate's report as the owner picks it: two ISO dates, blank for the last 30 days. */
public class ReportPeriodForm {

    private String from;
    private String to;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
