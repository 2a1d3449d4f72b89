package io.smm.membership.tiers;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;

/** What an owner enters for a store's tier settings; {@link TierLadderValidation} checks it. */
public class TierSettingsDraft extends Draft {

    private boolean enabled;
    private Integer windowDays;
    private Integer graceDays;
    private boolean countShipping;
    private boolean countTax;
    private List<String> countedStatuses = new ArrayList<>(TierSettings.DEFAULT_STATUSES);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Days of the rolling window; null to count a customer's lifetime. */
    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public boolean isCountShipping() {
        return countShipping;
    }

    public void setCountShipping(boolean countShipping) {
        this.countShipping = countShipping;
    }

    public boolean isCountTax() {
        return countTax;
    }

    public void setCountTax(boolean countTax) {
        this.countTax = countTax;
    }

    /** Host order statuses whose orders count: ORDERED, PROCESSED, DELIVERED, REFUNDED, CANCELED. */
    public List<String> getCountedStatuses() {
        return countedStatuses;
    }

    public void setCountedStatuses(List<String> countedStatuses) {
        this.countedStatuses = countedStatuses == null ? new ArrayList<>() : countedStatuses;
    }
}
