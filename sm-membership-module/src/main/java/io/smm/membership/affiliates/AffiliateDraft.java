package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/** What an owner enters for an affiliate: the owner API's body. {@link AffiliateValidation} checks it. */
public class AffiliateDraft extends AffiliatePayoutDraft {

    private Long customerId;
    private String name;
    private String email;
    private String trackingId;
    private BigDecimal rate;
    private List<CategoryRate> categoryRates = new ArrayList<>();
    private AffiliateStatus status;

    @Override
    List<Violation> check() {
        return AffiliateValidation.check(this);
    }

    /** The host customer the affiliate is, if any: one affiliate per customer and store. */
    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Any case; blank on create: one is made from the name or e-mail; blank on update: unchanged. */
    public String getTrackingId() {
        return trackingId;
    }

    public void setTrackingId(String trackingId) {
        this.trackingId = trackingId;
    }

    /** Percent; null: the store's default rate. */
    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public List<CategoryRate> getCategoryRates() {
        return categoryRates;
    }

    public void setCategoryRates(List<CategoryRate> categoryRates) {
        this.categoryRates = categoryRates == null ? new ArrayList<>() : categoryRates;
    }

    /** On create only: ACTIVE (the default) or another status; an update changes status by its own calls. */
    public AffiliateStatus getStatus() {
        return status;
    }

    public void setStatus(AffiliateStatus status) {
        this.status = status;
    }

    /** An affiliate's rate for one category (and its subcategories), in percent. */
    public static class CategoryRate extends Draft {

        private Long categoryId;
        private BigDecimal rate;

        public CategoryRate() {
        }

        public CategoryRate(Long categoryId, BigDecimal rate) {
            this.categoryId = categoryId;
            this.rate = rate;
        }

        public Long getCategoryId() {
            return categoryId;
        }

        public void setCategoryId(Long categoryId) {
            this.categoryId = categoryId;
        }

        public BigDecimal getRate() {
            return rate;
        }

        public void setRate(BigDecimal rate) {
            this.rate = rate;
        }
    }
}
