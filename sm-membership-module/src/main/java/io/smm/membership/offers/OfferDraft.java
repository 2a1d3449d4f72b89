package io.smm.membership.offers;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/**
 * A push as the owner asks for it: a key that makes a double submit push once, the template coupon copied, how
 * (one bound single-use copy per member, or one copy limited to a group of the members; default the codes), and
 * the percent of members held back as control.
 */
public class OfferDraft extends Draft {

    static final int CONTROL_MAX = 50;
    static final int DEFAULT_CONTROL = 10;
    static final int KEY_MAX = 80;

    private String key;
    private Long templateId;
    private Integer controlPercent;
    private Offer.Mode mode;

    /** Every broken field at once. */
    List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (key == null || key.isBlank() || key.length() > KEY_MAX) {
            violations.add(new Violation("key", "membership.offer.key.required", KEY_MAX));
        }
        if (templateId == null) {
            violations.add(new Violation("templateId", "membership.offer.template.required"));
        }
        if (controlPercent != null && (controlPercent < 0 || controlPercent > CONTROL_MAX)) {
            violations.add(new Violation("controlPercent", "membership.offer.control.range", CONTROL_MAX));
        }
        return violations;
    }

    int controlOrDefault() {
        return controlPercent == null ? DEFAULT_CONTROL : controlPercent;
    }

    Offer.Mode modeOrDefault() {
        return mode == null ? Offer.Mode.CODES : mode;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public Integer getControlPercent() {
        return controlPercent;
    }

    public void setControlPercent(Integer controlPercent) {
        this.controlPercent = controlPercent;
    }

    public Offer.Mode getMode() {
        return mode;
    }

    public void setMode(Offer.Mode mode) {
        this.mode = mode;
    }
}
