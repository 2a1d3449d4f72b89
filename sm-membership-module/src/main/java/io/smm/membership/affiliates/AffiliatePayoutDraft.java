package io.smm.membership.affiliates;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/** Where an affiliate's money goes, as the affiliate (or the owner, with the rest) enters it: all optional. */
public class AffiliatePayoutDraft extends Draft {

    private String payoutMethod;
    private String payoutEmail;
    private String payoutDetails;

    /** Its broken fields, each named. */
    List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        AffiliateValidation.payout(payoutMethod, payoutEmail, payoutDetails, violations);
        return violations;
    }

    /** How the owner pays, in the affiliate's words (bank transfer, PayPal...). */
    public String getPayoutMethod() {
        return payoutMethod;
    }

    public void setPayoutMethod(String payoutMethod) {
        this.payoutMethod = payoutMethod;
    }

    public String getPayoutEmail() {
        return payoutEmail;
    }

    public void setPayoutEmail(String payoutEmail) {
        this.payoutEmail = payoutEmail;
    }

    public String getPayoutDetails() {
        return payoutDetails;
    }

    public void setPayoutDetails(String payoutDetails) {
        this.payoutDetails = payoutDetails;
    }
}
