package io.smm.membership.admin.access;

import io.smm.membership.access.AccessSettings;
import io.smm.membership.access.AccessSettingsDraft;

/**
 * The category access page's settings form: the store's two choices as the owner picks them. It is the owner
 * service's draft itself, so the service's violations name its fields.
 */
public class AccessSettingsForm extends AccessSettingsDraft {

    static AccessSettingsForm of(AccessSettings settings) {
        AccessSettingsForm form = new AccessSettingsForm();
        form.setUnlisted(settings.getUnlisted());
        form.setMultiCategory(settings.getMultiCategory());
        return form;
    }
}
