package io.smm.membership.groups;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

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

    /** What is wrong with the change on its own (no group named, a reason too long), in a list open to additions. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>(MembershipService.checkGroup(group));
        violations.addAll(Texts.lengthViolations("reason", reason));
        return violations;
    }
}
