package io.smm.membership.admin.access;

/** The category access page's settings form: the store's two choices as the owner picks them. */
public class AccessSettingsForm {

    private String unlisted;
    private String multiCategory;

    public String getUnlisted() {
        return unlisted;
    }

    public void setUnlisted(String unlisted) {
        this.unlisted = unlisted;
    }

    public String getMultiCategory() {
        return multiCategory;
    }

    public void setMultiCategory(String multiCategory) {
        this.multiCategory = multiCategory;
    }
}
