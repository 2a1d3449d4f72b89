package io.smm.membership.points;

import java.math.BigDecimal;
import java.util.List;

/** The owner's liability report: the months asked for, oldest first, each with its outstanding points. */
public final class LiabilityView {

    private final String from;
    private final String to;
    private final String timeZone;
    private final String currency;
    private final BigDecimal pointValue;
    private final List<LiabilityMonth> months;

    LiabilityView(String from, String to, String timeZone, String currency, BigDecimal pointValue,
            List<LiabilityMonth> months) {
        this.from = from;
        this.to = to;
        this.timeZone = timeZone;
        this.currency = currency;
        this.pointValue = pointValue;
        this.months = List.copyOf(months);
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getCurrency() {
        return currency;
    }

    /** The store's cash value of one point (money per point) the months are valued at: today's setting. */
    public BigDecimal getPointValue() {
        return pointValue;
    }

    public List<LiabilityMonth> getMonths() {
        return months;
    }
}
