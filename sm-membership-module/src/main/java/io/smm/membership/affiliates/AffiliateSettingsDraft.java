package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/** The owner's affiliate settings, every field required, each within its range. */
public class AffiliateSettingsDraft extends Draft {

    private Integer cookieDays;
    private AttributionModel model;
    private Integer returnWindowDays;
    private BigDecimal defaultRate;
    private Integer clickRetentionDays;
    private Integer burstClicksPerHour;
    private Boolean applicationsOpen;

    /** Its broken fields, each named. */
    List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        range("cookieDays", cookieDays, 1, 365, violations);
        if (model == null) {
            violations.add(new Violation("model", "membership.affiliate.settings.required"));
        }
        range("returnWindowDays", returnWindowDays, 0, 365, violations);
        if (defaultRate == null) {
            violations.add(new Violation("defaultRate", "membership.affiliate.settings.required"));
        } else {
            AffiliateValidation.rate("defaultRate", defaultRate, violations);
        }
        range("clickRetentionDays", clickRetentionDays, 7, 3650, violations);
        range("burstClicksPerHour", burstClicksPerHour, 1, 10_000, violations);
        if (applicationsOpen == null) {
            violations.add(new Violation("applicationsOpen", "membership.affiliate.settings.required"));
        }
        return violations;
    }

    /** The settings entered, once {@link #check()} found nothing broken. */
    AffiliateTerms terms() {
        return new AffiliateTerms(cookieDays, model, returnWindowDays, defaultRate, clickRetentionDays,
                burstClicksPerHour, applicationsOpen);
    }

    private static void range(String field, Integer value, int min, int max, List<Violation> violations) {
        if (value == null) {
            violations.add(new Violation(field, "membership.affiliate.settings.required"));
        } else if (value < min || value > max) {
            violations.add(new Violation(field, "membership.affiliate.settings.range", min, max));
        }
    }

    /** Days a click is credited (1 to 365). */
    public Integer getCookieDays() {
        return cookieDays;
    }

    public void setCookieDays(Integer cookieDays) {
        this.cookieDays = cookieDays;
    }

    public AttributionModel getModel() {
        return model;
    }

    public void setModel(AttributionModel model) {
        this.model = model;
    }

    /** Days after an order before its commission is approved (0 to 365). */
    public Integer getReturnWindowDays() {
        return returnWindowDays;
    }

    public void setReturnWindowDays(Integer returnWindowDays) {
        this.returnWindowDays = returnWindowDays;
    }

    /** Percent for affiliates without a rate of their own (0 to 100). */
    public BigDecimal getDefaultRate() {
        return defaultRate;
    }

    public void setDefaultRate(BigDecimal defaultRate) {
        this.defaultRate = defaultRate;
    }

    /** Days clicks and rejects are kept (7 to 3650). */
    public Integer getClickRetentionDays() {
        return clickRetentionDays;
    }

    public void setClickRetentionDays(Integer clickRetentionDays) {
        this.clickRetentionDays = clickRetentionDays;
    }

    /** Clicks of one affiliate from one address in an hour above which the owner is warned (1 to 10000). */
    public Integer getBurstClicksPerHour() {
        return burstClicksPerHour;
    }

    public void setBurstClicksPerHour(Integer burstClicksPerHour) {
        this.burstClicksPerHour = burstClicksPerHour;
    }

    /** Whether customers may apply. */
    public Boolean getApplicationsOpen() {
        return applicationsOpen;
    }

    public void setApplicationsOpen(Boolean applicationsOpen) {
        this.applicationsOpen = applicationsOpen;
    }
}
