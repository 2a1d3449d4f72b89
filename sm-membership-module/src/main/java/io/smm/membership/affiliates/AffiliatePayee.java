package io.smm.membership.affiliates;

/** An affiliate as its payouts show it: its name and where its money goes, as the affiliate entered them. */
public final class AffiliatePayee {

    private final String name;
    private final String payoutMethod;
    private final String payoutEmail;
    private final String payoutDetails;

    public AffiliatePayee(String name, String payoutMethod, String payoutEmail, String payoutDetails) {
        this.name = name;
        this.payoutMethod = payoutMethod;
        this.payoutEmail = payoutEmail;
        this.payoutDetails = payoutDetails;
    }

    public String name() {
        return name;
    }

    /** Free text such as PayPal or bank transfer; null when none was given. */
    public String payoutMethod() {
        return payoutMethod;
    }

    public String payoutEmail() {
        return payoutEmail;
    }

    public String payoutDetails() {
        return payoutDetails;
    }
}
