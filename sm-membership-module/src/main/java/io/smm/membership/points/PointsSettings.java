package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** A store's points settings as its owner saved them; {@link PointsTerms} is what the rest of the feature reads. */
@Entity(name = "SmmPointsSettings")
@Table(name = "SMM_POINTS_SETTINGS")
class PointsSettings {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "POINTS_PER_UNIT", nullable = false)
    private BigDecimal pointsPerUnit;

    @Column(name = "CASH_VALUE", nullable = false)
    private BigDecimal cashValue;

    @Column(name = "MIN_REDEEM", nullable = false)
    private long minRedeem;

    @Column(name = "MAX_ORDER_SHARE", nullable = false)
    private BigDecimal maxOrderShare;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXPIRY_MODE", nullable = false)
    private PointsTerms.ExpiryMode expiryMode;

    @Column(name = "EXPIRY_DAYS", nullable = false)
    private int expiryDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXPIRY_PERIOD", nullable = false)
    private PointsTerms.Period expiryPeriod;

    @Column(name = "RETURN_WINDOW_DAYS", nullable = false)
    private int returnWindowDays;

    @Column(name = "TIERS_BY_POINTS", nullable = false)
    private boolean tiersByPoints;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected PointsSettings() {
    }

    PointsSettings(String storeCode) {
        this.storeCode = storeCode;
    }

    void change(PointsTerms terms, Instant now) {
        enabled = terms.enabled();
        pointsPerUnit = terms.pointsPerUnit();
        cashValue = terms.cashValue();
        minRedeem = terms.minRedeem();
        maxOrderShare = terms.maxOrderShare();
        expiryMode = terms.expiryMode();
        expiryDays = terms.expiryDays();
        expiryPeriod = terms.expiryPeriod();
        returnWindowDays = terms.returnWindowDays();
        tiersByPoints = terms.tiersByPoints();
        updatedAt = now;
    }

    PointsTerms terms(Map<Long, BigDecimal> tierMultipliers) {
        return new PointsTerms(enabled, pointsPerUnit, cashValue, minRedeem, maxOrderShare, expiryMode, expiryDays,
                expiryPeriod, returnWindowDays, tiersByPoints, tierMultipliers);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
