package io.smm.membership.access;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;

/**
 * A category's own rules as the owner saves them, replacing the ones it had: an empty list and no before-opening
 * choice leave it inheriting everything from its parent.
 */
public class CategoryAccessDraft extends Draft {

    private BeforeOpening beforeOpening;
    private List<AccessRuleDraft> rules = new ArrayList<>();

    /** Null inherits the parent's choice (HIDDEN at the top). */
    public BeforeOpening getBeforeOpening() {
        return beforeOpening;
    }

    public void setBeforeOpening(BeforeOpening beforeOpening) {
        this.beforeOpening = beforeOpening;
    }

    public List<AccessRuleDraft> getRules() {
        return rules;
    }

    public void setRules(List<AccessRuleDraft> rules) {
        this.rules = rules == null ? new ArrayList<>() : rules;
    }
}
