package io.smm.membership.admin.affiliates;

import java.math.BigDecimal;
import java.util.Map;

import io.smm.membership.affiliates.AffiliateSettingsDraft;
import io.smm.membership.affiliates.AttributionModel;

/** The affiliate settings page's form: the store's settings as the owner enters them, all saved together. */
public class AffiliateSettingsForm extends AffiliateSettingsDraft {

    /** The form filled with the settings as {@code AffiliateSettingsService} shows them. */
    static AffiliateSettingsForm of(Map<String, Object> settings) {
        AffiliateSettingsForm form = new AffiliateSettingsForm();
        form.setCookieDays((Integer) settings.get("cookieDays"));
        form.setModel((AttributionModel) settings.get("model"));
        form.setReturnWindowDays((Integer) settings.get("returnWindowDays"));
        form.setDefaultRate((BigDecimal) settings.get("defaultRate"));
        form.setClickRetentionDays((Integer) settings.get("clickRetentionDays"));
        form.setBurstClicksPerHour((Integer) settings.get("burstClicksPerHour"));
        form.setApplicationsOpen((Boolean) settings.get("applicationsOpen"));
        return form;
    }
}
