package io.smm.membership.analytics;

import java.time.Instant;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import io.smm.membership.time.UtcInstantConverter;

/** A store's analytics settings as its owner saved them; {@link AnalyticsTerms} is what the rest reads. */
@Entity(name = "SmmAnalyticsSettings")
@Table(name = "SMM_ANALYTICS_SETTINGS")
class AnalyticsSettings {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "WINDOW_DAYS", nullable = false)
    private int windowDays;

    @Column(name = "SLEEP_DAYS", nullable = false)
    private int sleepDays;

    @Column(name = "F2_ORDERS", nullable = false)
    private int f2Orders;

    @Column(name = "F3_ORDERS", nullable = false)
    private int f3Orders;

    @Column(name = "F4_ORDERS", nullable = false)
    private int f4Orders;

    @Column(name = "F5_ORDERS", nullable = false)
    private int f5Orders;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected AnalyticsSettings() {
    }

    AnalyticsSettings(String storeCode) {
        this.storeCode = storeCode;
    }

    void change(AnalyticsTerms terms, Instant now) {
        windowDays = terms.windowDays();
        sleepDays = terms.sleepDays();
        List<Integer> thresholds = terms.frequencyThresholds();
        f2Orders = thresholds.get(0);
        f3Orders = thresholds.get(1);
        f4Orders = thresholds.get(2);
        f5Orders = thresholds.get(3);
        updatedAt = now;
    }

    AnalyticsTerms terms() {
        return new AnalyticsTerms(windowDays, sleepDays, List.of(f2Orders, f3Orders, f4Orders, f5Orders));
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
