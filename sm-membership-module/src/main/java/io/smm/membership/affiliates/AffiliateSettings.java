package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** A store's affiliate settings as the owner saved them; {@link AffiliateTerms#defaults()} until then. */
@Entity(name = "SmmAffiliateSettings")
@Table(name = "SMM_AFFILIATE_SETTINGS")
public class AffiliateSettings {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "COOKIE_DAYS", nullable = false)
    private int cookieDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "ATTRIBUTION_MODEL", nullable = false)
    private AttributionModel model;

    @Column(name = "RETURN_WINDOW_DAYS", nullable = false)
    private int returnWindowDays;

    @Column(name = "DEFAULT_RATE", nullable = false)
    private BigDecimal defaultRate;

    @Column(name = "CLICK_RETENTION_DAYS", nullable = false)
    private int clickRetentionDays;

    @Column(name = "BURST_CLICKS_PER_HOUR", nullable = false)
    private int burstClicksPerHour;

    @Column(name = "APPLICATIONS_OPEN", nullable = false)
    private boolean applicationsOpen;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected AffiliateSettings() {
    }

    AffiliateSettings(String storeCode) {
        this.storeCode = storeCode;
    }

    /** Takes the owner's settings, already checked. */
    void change(AffiliateTerms terms, Instant now) {
        cookieDays = terms.cookieDays();
        model = terms.model();
        returnWindowDays = terms.returnWindowDays();
        defaultRate = terms.defaultRate();
        clickRetentionDays = terms.clickRetentionDays();
        burstClicksPerHour = terms.burstClicksPerHour();
        applicationsOpen = terms.applicationsOpen();
        updatedAt = now;
    }

    AffiliateTerms terms() {
        return new AffiliateTerms(cookieDays, model, returnWindowDays, defaultRate, clickRetentionDays,
                burstClicksPerHour, applicationsOpen);
    }

    /** When the owner last saved the settings. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
