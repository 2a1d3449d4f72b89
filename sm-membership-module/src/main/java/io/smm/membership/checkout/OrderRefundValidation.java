package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smm.membership.orders.OrderLine;
import io.smm.membership.web.Violation;

/**
 * What a recorded refund must be: an amount or lines (not both), above zero, at the currency's scale, within what is
 * left to refund of the order; lines of the order, each at most the quantity not refunded yet.
 */
final class OrderRefundValidation {

    static final int MAX_REASON = 500;
    static final int MAX_KEY = 100;

    private OrderRefundValidation() {
    }

    static List<Violation> check(OrderRefundDraft draft, BigDecimal left, int scale, List<OrderLine> orderLines,
            Map<String, Integer> refundedQuantities) {
        List<Violation> violations = new ArrayList<>();
        boolean byLines = !draft.getLines().isEmpty();
        if (draft.getAmount() == null && !byLines) {
            violations.add(new Violation("amount", "membership.refund.amount-or-lines"));
        } else if (draft.getAmount() != null && byLines) {
            violations.add(new Violation("amount", "membership.refund.amount-and-lines"));
        } else if (draft.getAmount() != null) {
            checkAmount("amount", draft.getAmount(), left, scale, violations);
        } else {
            checkLines(draft.getLines(), left, orderLines, refundedQuantities, violations);
        }
        if (draft.getReason() != null && draft.getReason().length() > MAX_REASON) {
            violations.add(new Violation("reason", "membership.text.too-long", MAX_REASON));
        }
        if (draft.getKey() != null && (draft.getKey().isBlank() || draft.getKey().length() > MAX_KEY)) {
            violations.add(new Violation("key", "membership.refund.key", MAX_KEY));
        }
        return violations;
    }

    /** What the lines come to at the prices the order charged; lines not of the order count nothing. */
    static BigDecimal amountOf(List<OrderRefundDraft.LineDraft> lines, List<OrderLine> orderLines) {
        Map<String, BigDecimal> prices = new HashMap<>();
        orderLines.forEach(line -> prices.putIfAbsent(line.sku(), line.unitPrice()));
        BigDecimal amount = BigDecimal.ZERO;
        for (OrderRefundDraft.LineDraft line : lines) {
            if (line.getSku() != null && line.getQuantity() != null && prices.containsKey(line.getSku())) {
                amount = amount.add(prices.get(line.getSku()).multiply(BigDecimal.valueOf(line.getQuantity())));
            }
        }
        return amount;
    }

    private static void checkAmount(String field, BigDecimal amount, BigDecimal left, int scale,
            List<Violation> violations) {
        if (amount.signum() <= 0) {
            violations.add(new Violation(field, "membership.refund.amount.positive"));
        } else if (amount.stripTrailingZeros().scale() > Math.max(scale, 0)) {
            violations.add(new Violation(field, "membership.refund.amount.scale", Math.max(scale, 0)));
        } else if (amount.compareTo(left) > 0) {
            violations.add(new Violation(field, "membership.refund.amount.too-much", left.toPlainString()));
        }
    }

    private static void checkLines(List<OrderRefundDraft.LineDraft> lines, BigDecimal left, List<OrderLine> orderLines,
            Map<String, Integer> refundedQuantities, List<Violation> violations) {
        Map<String, Integer> ordered = new HashMap<>();
        orderLines.forEach(line -> ordered.merge(line.sku(), line.quantity(), Integer::sum));
        Map<String, Integer> asked = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderRefundDraft.LineDraft line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line.getSku() == null || !ordered.containsKey(line.getSku())) {
                violations.add(new Violation(at + ".sku", "membership.refund.line.unknown"));
                continue;
            }
            int open = ordered.get(line.getSku()) - refundedQuantities.getOrDefault(line.getSku(), 0)
                    - asked.getOrDefault(line.getSku(), 0);
            if (line.getQuantity() == null || line.getQuantity() < 1 || line.getQuantity() > open) {
                violations.add(new Violation(at + ".quantity", "membership.refund.line.quantity", Math.max(open, 0)));
            } else {
                asked.merge(line.getSku(), line.getQuantity(), Integer::sum);
            }
        }
        if (violations.isEmpty() && amountOf(lines, orderLines).compareTo(left) > 0) {
            violations.add(new Violation("lines", "membership.refund.amount.too-much", left.toPlainString()));
        }
    }
}
