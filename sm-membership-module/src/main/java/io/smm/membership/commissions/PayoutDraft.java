package io.smm.membership.commissions;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;

/** What the owner sends to record a payout: the affiliate, its approved commissions paid, the bank's reference. */
public class PayoutDraft extends Draft {

    private Long affiliateId;
    private List<Long> commissionIds = new ArrayList<>();
    private String reference;
    private String note;

    public Long getAffiliateId() {
        return affiliateId;
    }

    public void setAffiliateId(Long affiliateId) {
        this.affiliateId = affiliateId;
    }

    public List<Long> getCommissionIds() {
        return commissionIds;
    }

    public void setCommissionIds(List<Long> commissionIds) {
        this.commissionIds = commissionIds;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
