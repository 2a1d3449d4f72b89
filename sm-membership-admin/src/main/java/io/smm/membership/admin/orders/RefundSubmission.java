package io.smm.membership.admin.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.checkout.OrderRefundDraft;

/**
 * What the form sends: its rows with a quantity (or one the page could not read, so that it is named), renumbered
 * for the service, and the way back from a line the service names to the row it came from.
 */
final class RefundSubmission {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)\\](.*)", Pattern.DOTALL);

    private final OrderRefundDraft draft = new OrderRefundDraft();
    /** The form row of each line sent. */
    private final List<Integer> rows = new ArrayList<>();

    RefundSubmission(OrderRefundForm form, BindingResult result) {
        draft.setAmount(form.getAmount());
        draft.setReason(form.getReason());
        draft.setKey(form.getKey());
        List<OrderRefundDraft.LineDraft> lines = form.getLines();
        for (int row = 0; row < lines.size(); row++) {
            if (lines.get(row).getQuantity() != null || result.hasFieldErrors(line(row) + ".quantity")) {
                draft.getLines().add(lines.get(row));
                rows.add(row);
            }
        }
        FieldErrors.markUnbound(result, draft, this::draftField);
    }

    OrderRefundDraft draft() {
        return draft;
    }

    /** The form field a field of the draft came from: {@code lines[0].quantity} may be row 3's. */
    String formField(String draftField) {
        return renumber(draftField, sent -> sent < rows.size() ? rows.get(sent) : -1);
    }

    /** The field of the draft a form field is sent as; a row the order does not have stands for all lines. */
    String draftField(String formField) {
        return renumber(formField, rows::indexOf);
    }

    private static String renumber(String field, IntUnaryOperator index) {
        Matcher line = LINE.matcher(field);
        if (!line.matches()) {
            return field;
        }
        int renumbered = index.applyAsInt(Integer.parseInt(line.group(1)));
        return renumbered < 0 ? "lines" : line(renumbered) + line.group(2);
    }

    private static String line(int index) {
        return "lines[" + index + "]";
    }
}
