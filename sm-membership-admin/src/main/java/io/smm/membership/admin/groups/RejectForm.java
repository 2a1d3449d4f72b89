package io.smm.membership.admin.groups;

/** The owner's reason for rejecting an application; the shopper reads it. */
public class RejectForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
