package io.smm.membership.admin.dashboard;

import io.smm.membership.admin.web.PeriodForm;

/** The dashboard's period as the owner picks it: a preset, or (preset left blank) two ISO dates. */
public class DashboardForm extends PeriodForm {

    private String preset;

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }
}
