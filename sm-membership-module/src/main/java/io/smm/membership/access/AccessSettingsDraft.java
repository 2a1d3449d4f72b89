package io.smm.membership.access;

import io.smm.membership.web.Draft;

/** The store's category access settings as the owner saves them; both are required. */
public class AccessSettingsDraft extends Draft {

    private Unlisted unlisted;
    private MultiCategory multiCategory;

    public Unlisted getUnlisted() {
        return unlisted;
    }

    public void setUnlisted(Unlisted unlisted) {
        this.unlisted = unlisted;
    }

    public MultiCategory getMultiCategory() {
        return multiCategory;
    }

    public void setMultiCategory(MultiCategory multiCategory) {
        this.multiCategory = multiCategory;
    }
}
