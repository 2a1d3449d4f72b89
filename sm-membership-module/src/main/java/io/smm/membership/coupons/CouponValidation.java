package io.smm.membership.coupons;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Amounts;
import io.smm.membership.web.Violation;

/** The shape a coupon must have; each broken rule names its field. Checks needing the store are the service's. */
final class CouponValidation {

    static final int MAX_NAME = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CouponValidation() {
    }

    static List<Violation> check(CouponDraft draft) {
        List<Violation> violations = new ArrayList<>();
        checkCode(draft.getCode(), violations);
        if (draft.getName() == null || draft.getName().isBlank()) {
            violations.add(new Violation("name", "membership.coupon.name.required"));
        } else if (draft.getName().trim().length() > MAX_NAME) {
            violations.add(new Violation("name", "membership.text.too-long", MAX_NAME));
        }
        checkDiscount(draft, violations);
        checkAmount("maxDiscount", draft.getMaxDiscount(), violations);
        checkAmount("minSubtotal", draft.getMinSubtotal(), violations);
        if (draft.getStartsAt() != null && draft.getEndsAt() != null
                && !draft.getStartsAt().isBefore(draft.getEndsAt())) {
            violations.add(new Violation("endsAt", "membership.coupon.window.order"));
        }
        checkLimit("totalLimit", draft.getTotalLimit(), violations);
        checkLimit("perShopperLimit", draft.getPerShopperLimit(), violations);
        return violations;
    }

    private static void checkCode(String code, List<Violation> violations) {
        String normalized = CouponCodes.normalize(code);
        if (normalized == null || normalized.isEmpty()) {
            violations.add(new Violation("code", "membership.coupon.code.required"));
        } else if (!CouponCodes.CHARACTERS.matcher(normalized).matches()) {
            violations.add(new Violation("code", "membership.coupon.code.characters"));
        } else if (normalized.length() > CouponCodes.MAX_LENGTH) {
            violations.add(new Violation("code", "membership.text.too-long", CouponCodes.MAX_LENGTH));
        }
    }

    private static void checkDiscount(CouponDraft draft, List<Violation> violations) {
        if (draft.getKind() == null) {
            violations.add(new Violation("kind", "membership.coupon.kind.required"));
        }
        BigDecimal value = draft.getValue();
        if (value == null) {
            violations.add(new Violation("value", "membership.coupon.value.required"));
        } else if (value.signum() <= 0) {
            violations.add(new Violation("value", "membership.coupon.value.positive"));
        } else if (draft.getKind() == CouponTerms.Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
            violations.add(new Violation("value", "membership.coupon.percent.range"));
        } else if (!Amounts.fitColumn(value)) {
            violations.add(Amounts.outOfColumn("value"));
        }
    }

    private static void checkAmount(String field, BigDecimal amount, List<Violation> violations) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            violations.add(new Violation(field, "membership.coupon.amount.negative"));
        } else if (!Amounts.fitColumn(amount)) {
            violations.add(Amounts.outOfColumn(field));
        }
    }

    private static void checkLimit(String field, Integer limit, List<Violation> violations) {
        if (limit != null && limit < 1) {
            violations.add(new Violation(field, "membership.coupon.limit.positive"));
        }
    }
}
