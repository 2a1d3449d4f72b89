package io.smm.membership.affiliates;

import java.util.List;

import io.smm.membership.web.Violation;

/** A customer's application to become an affiliate: an optional tracking id, payout details and a note. */
public class ApplicationDraft extends AffiliatePayoutDraft {

    private String trackingId;
    private String note;

    @Override
    List<Violation> check() {
        List<Violation> violations = super.check();
        AffiliateValidation.trackingId(trackingId, violations);
        AffiliateValidation.optional("note", note, AffiliateValidation.MAX_NOTE, violations);
        return violations;
    }

    /** The id the applicant would like, any case; blank: one is made from the name or e-mail. */
    public String getTrackingId() {
        return trackingId;
    }

    public void setTrackingId(String trackingId) {
        this.trackingId = trackingId;
    }

    /** For the owner deciding the application. */
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
