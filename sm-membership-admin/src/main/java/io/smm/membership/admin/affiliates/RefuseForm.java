package io.smm.membership.admin.affiliates;

/** The owner's reason for refusing an application; the applicant reads it. */
public class RefuseForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
