package io.smm.membership.admin.points;

import java.util.UUID;

import io.smm.membership.points.PointsAdjustmentDraft;

/** The member page's adjustment form; a new form carries a one-time key, so that sending it twice writes once. */
public class PointsAdjustmentForm extends PointsAdjustmentDraft {

    static PointsAdjustmentForm fresh() {
        PointsAdjustmentForm form = new PointsAdjustmentForm();
        form.setKey(UUID.randomUUID().toString());
        return form;
    }
}
