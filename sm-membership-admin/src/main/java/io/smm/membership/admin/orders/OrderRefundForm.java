package io.smm.membership.admin.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smm.membership.checkout.OrderRefundDraft;
import io.smm.membership.orders.OrderLine;

/**
 * The record-a-refund form: one row per line of the order, in the order's own order, whose quantity the owner may
 * leave empty; and a key of its own, so that the same form posted twice records one refund.
 */
public class OrderRefundForm extends OrderRefundDraft {

    public OrderRefundForm() {
        setKey(UUID.randomUUID().toString());
    }

    /** One row per order line, each with that line's SKU, whatever rows were posted. */
    void alignWith(List<OrderLine> orderLines) {
        List<LineDraft> rows = new ArrayList<>();
        for (int i = 0; i < orderLines.size(); i++) {
            LineDraft row = i < getLines().size() ? getLines().get(i) : new LineDraft();
            row.setSku(orderLines.get(i).sku());
            rows.add(row);
        }
        setLines(rows);
    }
}
