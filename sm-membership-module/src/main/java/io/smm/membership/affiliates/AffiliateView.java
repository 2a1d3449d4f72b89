package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.smm.membership.time.Instants;

/** An affiliate in full, as the owner sees it; the affiliate's own view is a part of it. */
public final class AffiliateView {

    private final long id;
    private final String name;
    private final String email;
    private final AffiliateStatus status;
    private final String trackingId;
    private final List<String> oldTrackingIds;
    private final BigDecimal rate;
    private final BigDecimal effectiveRate;
    private final List<CategoryRateView> categoryRates;
    private final Long customerId;
    private final String payoutMethod;
    private final String payoutEmail;
    private final String payoutDetails;
    private final String applicationNote;
    private final String refusalReason;
    private final List<String> coupons;
    private final String createdAt;
    private final String decidedAt;
    private final String decidedBy;

    private AffiliateView(Affiliate affiliate, String trackingId, List<String> oldTrackingIds, List<String> coupons,
            BigDecimal defaultRate) {
        this.id = affiliate.getId();
        this.name = affiliate.getName();
        this.email = affiliate.getEmail();
        this.status = affiliate.getStatus();
        this.trackingId = trackingId;
        this.oldTrackingIds = List.copyOf(oldTrackingIds);
        this.rate = percent(affiliate.getRate());
        this.effectiveRate = percent(affiliate.getRate() == null ? defaultRate : affiliate.getRate());
        this.categoryRates = affiliate.getCategoryRates().entrySet().stream()
                .map(entry -> new CategoryRateView(entry.getKey(), percent(entry.getValue())))
                .sorted(Comparator.comparing(CategoryRateView::getCategoryId)).collect(Collectors.toList());
        this.customerId = affiliate.getCustomerId();
        this.payoutMethod = affiliate.getPayoutMethod();
        this.payoutEmail = affiliate.getPayoutEmail();
        this.payoutDetails = affiliate.getPayoutDetails();
        this.applicationNote = affiliate.getApplicationNote();
        this.refusalReason = affiliate.getRefusalReason();
        this.coupons = List.copyOf(coupons);
        this.createdAt = Instants.iso(affiliate.getCreatedAt());
        this.decidedAt = Instants.iso(affiliate.getDecidedAt());
        this.decidedBy = affiliate.getDecidedBy();
    }

    static AffiliateView of(Affiliate affiliate, String trackingId, List<String> oldTrackingIds,
            List<String> coupons, BigDecimal defaultRate) {
        return new AffiliateView(affiliate, trackingId, oldTrackingIds, coupons, defaultRate);
    }

    /** A percent as entered, without the column's trailing zeros: {@code 7.5}, {@code 10}; null stays null. */
    static BigDecimal percent(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public AffiliateStatus getStatus() {
        return status;
    }

    /** The tracking id in use. */
    public String getTrackingId() {
        return trackingId;
    }

    /** Earlier tracking ids: their links still credit this affiliate. */
    public List<String> getOldTrackingIds() {
        return oldTrackingIds;
    }

    /** Its own rate in percent; null: the store's default. */
    public BigDecimal getRate() {
        return rate;
    }

    /** The rate it earns where no category rate applies: its own, else the store's default. */
    public BigDecimal getEffectiveRate() {
        return effectiveRate;
    }

    public List<CategoryRateView> getCategoryRates() {
        return categoryRates;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getPayoutMethod() {
        return payoutMethod;
    }

    public String getPayoutEmail() {
        return payoutEmail;
    }

    public String getPayoutDetails() {
        return payoutDetails;
    }

    public String getApplicationNote() {
        return applicationNote;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    /** Codes of the coupons bound to it. */
    public List<String> getCoupons() {
        return coupons;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public String getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** A rate for one category, in percent. */
    public static final class CategoryRateView {

        private final long categoryId;
        private final BigDecimal rate;

        CategoryRateView(long categoryId, BigDecimal rate) {
            this.categoryId = categoryId;
            this.rate = rate;
        }

        public long getCategoryId() {
            return categoryId;
        }

        public BigDecimal getRate() {
            return rate;
        }
    }
}
