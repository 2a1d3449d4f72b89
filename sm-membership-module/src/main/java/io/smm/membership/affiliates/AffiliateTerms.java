package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.time.Duration;

/** A store's affiliate settings as the other features read them; the defaults when the owner saved none. */
public final class AffiliateTerms {

    private final int cookieDays;
    private final AttributionModel model;
    private final int returnWindowDays;
    private final BigDecimal defaultRate;
    private final int clickRetentionDays;
    private final int burstClicksPerHour;
    private final boolean applicationsOpen;

    public AffiliateTerms(int cookieDays, AttributionModel model, int returnWindowDays, BigDecimal defaultRate,
            int clickRetentionDays, int burstClicksPerHour, boolean applicationsOpen) {
        this.cookieDays = cookieDays;
        this.model = model;
        this.returnWindowDays = returnWindowDays;
        this.defaultRate = defaultRate;
        this.clickRetentionDays = clickRetentionDays;
        this.burstClicksPerHour = burstClicksPerHour;
        this.applicationsOpen = applicationsOpen;
    }

    public static AffiliateTerms defaults() {
        return new AffiliateTerms(30, AttributionModel.LAST_CLICK, 30, new BigDecimal("5"), 180, 30, true);
    }

    /** How long a click is credited: a click exactly this old still counts. */
    public Duration window() {
        return Duration.ofDays(cookieDays);
    }

    public int cookieDays() {
        return cookieDays;
    }

    public AttributionModel model() {
        return model;
    }

    /** Days after the order during which a cancel or refund takes the commission back before it is approved. */
    public Duration returnWindow() {
        return Duration.ofDays(returnWindowDays);
    }

    public int returnWindowDays() {
        return returnWindowDays;
    }

    /** Percent, for affiliates without a rate of their own. */
    public BigDecimal defaultRate() {
        return defaultRate;
    }

    public int clickRetentionDays() {
        return clickRetentionDays;
    }

    public int burstClicksPerHour() {
        return burstClicksPerHour;
    }

    public boolean applicationsOpen() {
        return applicationsOpen;
    }
}
