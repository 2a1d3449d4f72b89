package io.smm.membership.admin.groups;

/** A move asked for on the member page: the target group's code and the owner's reason for the history. */
public class MemberChangeForm {

    private String group;

    private String reason;

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
