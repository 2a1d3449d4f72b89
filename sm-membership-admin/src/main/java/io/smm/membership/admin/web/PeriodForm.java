package io.smm.membership.admin.web;

/**
 * The period of a report as the owner picks it, as typed: an affiliate's two ISO dates (blank: the last 30 days), the
 * points liability's two months (blank: the last 12).
 */
public class PeriodForm {

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
