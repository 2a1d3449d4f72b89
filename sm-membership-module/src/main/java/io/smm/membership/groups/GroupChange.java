package io.smm.membership.groups;

import io.smm.membership.web.Draft;

/**
 * A change an owner asks for on one member: the target group's code and the reason kept in the history. The body
 * of the owner API's moves and the admin page's forms.
 */
public class GroupChange extends Draft {

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
