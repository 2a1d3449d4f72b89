package io.smm.membership.admin.pricing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.pricing.Adjustment;
import io.smm.membership.pricing.PriceRuleDraft;
import io.smm.membership.pricing.PriceRuleView;
import io.smm.membership.pricing.RuleTarget;

/**
 * The price rule form: a {@link PriceRuleDraft} whose window is entered as local date-times in the pages' zone
 * ({@code startsAtLocal}, {@code endsAtLocal}); the module's violations name the draft's own properties, so they
 * land next to their fields.
 */
public class PriceRuleForm extends PriceRuleDraft {

    /** What the pages bind instead of the draft's instants. */
    static final String[] INSTANTS = { "startsAt", "endsAt" };

    @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
    private LocalDateTime startsAtLocal;
    @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
    private LocalDateTime endsAtLocal;

    PriceRuleForm() {
        setTarget(RuleTarget.PRODUCT);
        setAdjustment(Adjustment.Kind.PERCENT_OFF);
    }

    static PriceRuleForm of(PriceRuleView rule, ZoneId zone) {
        PriceRuleForm form = new PriceRuleForm();
        form.setName(rule.getName());
        form.setAllMembers(rule.isAllMembers());
        form.setGroups(new ArrayList<>(rule.getGroups()));
        form.setTarget(rule.getTarget());
        form.setTargetId(rule.getTargetId());
        form.setAdjustment(rule.getAdjustment());
        form.setValue(rule.getValue() == null ? null : rule.getValue().stripTrailingZeros());
        form.setMinQuantity(rule.getMinQuantity());
        form.startsAtLocal = AdminTime.local(rule.getStartsAt(), zone);
        form.endsAtLocal = AdminTime.local(rule.getEndsAt(), zone);
        form.setPriority(rule.getPriority());
        form.setExclusive(rule.isExclusive());
        return form;
    }

    /** This form as the module takes it: the window in instants, no groups for every member, no id for the store. */
    PriceRuleDraft toDraft(ZoneId zone) {
        setStartsAt(AdminTime.instant(startsAtLocal, zone));
        setEndsAt(AdminTime.instant(endsAtLocal, zone));
        if (isAllMembers()) {
            setGroups(List.of());
        }
        if (getTarget() == RuleTarget.STORE) {
            setTargetId(null);
        }
        return this;
    }

    public LocalDateTime getStartsAtLocal() {
        return startsAtLocal;
    }

    public void setStartsAtLocal(LocalDateTime startsAtLocal) {
        this.startsAtLocal = startsAtLocal;
    }

    public LocalDateTime getEndsAtLocal() {
        return endsAtLocal;
    }

    public void setEndsAtLocal(LocalDateTime endsAtLocal) {
        this.endsAtLocal = endsAtLocal;
    }
}
