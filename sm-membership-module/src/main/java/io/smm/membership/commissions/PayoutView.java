package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A recorded payout: to whom, how much, under which reference. Its items are there when one payout is asked for,
 * absent in lists; who recorded it and the owner's note are absent in the affiliate's own view.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PayoutView {

    private final long id;
    private final long affiliateId;
    private final String affiliateName;
    private final BigDecimal amount;
    private final String currency;
    private final String reference;
    private final String note;
    private final String recordedBy;
    private final String recordedAt;
    private final List<PayoutItemView> items;

    PayoutView(long id, long affiliateId, String affiliateName, BigDecimal amount, String currency, String reference,
            String note, String recordedBy, String recordedAt, List<PayoutItemView> items) {
        this.id = id;
        this.affiliateId = affiliateId;
        this.affiliateName = affiliateName;
        this.amount = amount;
        this.currency = currency;
        this.reference = reference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.items = items == null ? null : List.copyOf(items);
    }

    /** The payout as its affiliate sees it: without the owner's note and name. */
    PayoutView forAffiliate() {
        return new PayoutView(id, affiliateId, affiliateName, amount, currency, reference, null, null, recordedAt,
                items);
    }

    public long getId() {
        return id;
    }

    public long getAffiliateId() {
        return affiliateId;
    }

    public String getAffiliateName() {
        return affiliateName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReference() {
        return reference;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedAt() {
        return recordedAt;
    }

    public List<PayoutItemView> getItems() {
        return items;
    }
}
