package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import io.smm.membership.time.UtcInstantConverter;

/**
 * How a store counts spend for its tiers: whether tiers move at all, over which window (a lifetime when no
 * number of days), the grace before a downgrade, whether shipping and tax count, and which order statuses do.
 */
@Entity(name = "SmmTierSettings")
@Table(name = "SMM_TIER_SETTINGS")
public class TierSettings {

    /** The host's order statuses, in the order an order goes through them. */
    public static final List<String> HOST_STATUSES = List.of("ORDERED", "PROCESSED", "DELIVERED", "REFUNDED",
            "CANCELED");
    /** Every host status but canceled and refunded. */
    static final List<String> DEFAULT_STATUSES = List.of("ORDERED", "PROCESSED", "DELIVERED");

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "WINDOW_DAYS")
    private Integer windowDays;

    @Column(name = "GRACE_DAYS", nullable = false)
    private int graceDays;

    @Column(name = "COUNT_SHIPPING", nullable = false)
    private boolean countShipping;

    @Column(name = "COUNT_TAX", nullable = false)
    private boolean countTax;

    @Column(name = "COUNTED_STATUSES", nullable = false)
    private String countedStatuses;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected TierSettings() {
    }

    /** A store's settings before the owner saved any: tiers do not move, 365-day window, 30 days of grace. */
    static TierSettings defaults(String storeCode, Instant now) {
        TierSettings settings = new TierSettings();
        settings.storeCode = storeCode;
        settings.windowDays = 365;
        settings.graceDays = 30;
        settings.countedStatuses = String.join(",", DEFAULT_STATUSES);
        settings.updatedAt = now;
        return settings;
    }

    void apply(TierSettingsDraft draft, Instant now) {
        this.enabled = draft.isEnabled();
        this.windowDays = draft.getWindowDays();
        this.graceDays = draft.getGraceDays();
        this.countShipping = draft.isCountShipping();
        this.countTax = draft.isCountTax();
        this.countedStatuses = String.join(",", new LinkedHashSet<>(draft.getCountedStatuses()));
        this.updatedAt = now;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Null for a lifetime. */
    public Integer getWindowDays() {
        return windowDays;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public boolean isCountShipping() {
        return countShipping;
    }

    public boolean isCountTax() {
        return countTax;
    }

    public Set<String> getCountedStatuses() {
        return new LinkedHashSet<>(Arrays.asList(countedStatuses.split(",")));
    }

    /** What an order of these amounts counts for: its total, less shipping and tax unless the store counts them. */
    BigDecimal counted(BigDecimal total, BigDecimal shipping, BigDecimal tax) {
        BigDecimal amount = total;
        if (!countShipping) {
            amount = amount.subtract(shipping);
        }
        if (!countTax) {
            amount = amount.subtract(tax);
        }
        return amount;
    }

    SpendWindow window() {
        return windowDays == null ? SpendWindow.lifetime() : SpendWindow.ofDays(windowDays);
    }

    Duration grace() {
        return Duration.ofDays(graceDays);
    }
}
