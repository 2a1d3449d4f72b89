package io.smm.membership.access;

import io.smm.membership.web.Draft;

/** One cell an owner sets on a category: {@code opensAt} is a local date-time in the store's time zone. */
public class AccessRuleDraft extends Draft {

    private String audience;
    private Permission permission;
    private RuleState state;
    private String opensAt;

    /** {@code GUESTS}, {@code MEMBERS} or {@code GROUP:<id>} of a group of the store. */
    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Permission getPermission() {
        return permission;
    }

    public void setPermission(Permission permission) {
        this.permission = permission;
    }

    public RuleState getState() {
        return state;
    }

    public void setState(RuleState state) {
        this.state = state;
    }

    /** Such as {@code 2026-12-07T10:00}: allowed from then (ALLOW only); null for at once. */
    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }
}
