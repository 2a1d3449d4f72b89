package io.smm.membership.affiliates;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** What the other features know of an affiliate: who, whether it earns, and at which rates. */
public final class AffiliateCard {

    private final long id;
    private final String storeCode;
    private final String name;
    private final String email;
    private final Long customerId;
    private final AffiliateStatus status;
    private final String trackingId;
    private final BigDecimal rate;
    private final Map<Long, BigDecimal> categoryRates;
    private final String payoutEmail;

    /**
     * @param trackingId the tracking id in use (old ones still resolve to this affiliate)
     * @param rate its own rate in percent, or null for the store's default
     * @param categoryRates rates in percent by category id
     */
    public AffiliateCard(long id, String storeCode, String name, String email, Long customerId,
            AffiliateStatus status, String trackingId, BigDecimal rate, Map<Long, BigDecimal> categoryRates,
            String payoutEmail) {
        this.id = id;
        this.storeCode = storeCode;
        this.name = name;
        this.email = email;
        this.customerId = customerId;
        this.status = status;
        this.trackingId = trackingId;
        this.rate = rate;
        this.categoryRates = Map.copyOf(categoryRates);
        this.payoutEmail = payoutEmail;
    }

    public long id() {
        return id;
    }

    public String storeCode() {
        return storeCode;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Optional<Long> customerId() {
        return Optional.ofNullable(customerId);
    }

    public AffiliateStatus status() {
        return status;
    }

    public boolean earns() {
        return status == AffiliateStatus.ACTIVE;
    }

    public String trackingId() {
        return trackingId;
    }

    public Optional<BigDecimal> rate() {
        return Optional.ofNullable(rate);
    }

    public Map<Long, BigDecimal> categoryRates() {
        return categoryRates;
    }

    public Optional<String> payoutEmail() {
        return Optional.ofNullable(payoutEmail);
    }
}
