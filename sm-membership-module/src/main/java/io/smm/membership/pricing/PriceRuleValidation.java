package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Amounts;
import io.smm.membership.web.Violation;

/** The shape a price rule must have; each broken rule names its field. Checks needing the store are the service's. */
final class PriceRuleValidation {

    static final int MAX_NAME = 100;
    static final int MAX_PRIORITY = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceRuleValidation() {
    }

    static List<Violation> check(PriceRuleDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.getName() == null || draft.getName().isBlank()) {
            violations.add(new Violation("name", "membership.price-rule.name.required"));
        } else if (draft.getName().trim().length() > MAX_NAME) {
            violations.add(new Violation("name", "membership.text.too-long", MAX_NAME));
        }
        if (!draft.isAllMembers() && draft.getGroups().isEmpty()) {
            violations.add(new Violation("groups", "membership.price-rule.groups.required"));
        }
        if (draft.getTarget() == null) {
            violations.add(new Violation("target", "membership.price-rule.target.required"));
        } else if (draft.getTarget() != RuleTarget.STORE && draft.getTargetId() == null) {
            violations.add(new Violation("targetId", "membership.price-rule.target-id.required"));
        }
        checkAdjustment(draft, violations);
        if (draft.getMinQuantity() != null && draft.getMinQuantity() < 1) {
            violations.add(new Violation("minQuantity", "membership.price-rule.min-quantity.range"));
        }
        if (draft.getStartsAt() != null && draft.getEndsAt() != null
                && !draft.getStartsAt().isBefore(draft.getEndsAt())) {
            violations.add(new Violation("endsAt", "membership.price-rule.window.order"));
        }
        if (draft.getPriority() != null && (draft.getPriority() < 0 || draft.getPriority() > MAX_PRIORITY)) {
            violations.add(new Violation("priority", "membership.price-rule.priority.range", 0, MAX_PRIORITY));
        }
        return violations;
    }

    private static void checkAdjustment(PriceRuleDraft draft, List<Violation> violations) {
        if (draft.getAdjustment() == null) {
            violations.add(new Violation("adjustment", "membership.price-rule.adjustment.required"));
        }
        if (draft.getValue() == null) {
            violations.add(new Violation("value", "membership.price-rule.value.required"));
        } else if (draft.getValue().signum() < 0) {
            violations.add(new Violation("value", "membership.price-rule.value.negative"));
        } else if (draft.getAdjustment() == Adjustment.Kind.PERCENT_OFF && draft.getValue().compareTo(HUNDRED) > 0) {
            violations.add(new Violation("value", "membership.price-rule.percent.range"));
        } else if (!Amounts.fitColumn(draft.getValue())) {
            violations.add(Amounts.outOfColumn("value"));
        }
    }
}
