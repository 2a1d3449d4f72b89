package io.smm.membership.admin.orders;

import io.smm.membership.admin.web.AdminNumbers;
import io.smm.membership.orders.OrderLine;

/** One line of the order as the refund form prints it: its unit price at the currency's decimals. */
public final class OrderLineRow {

    private final OrderLine line;
    private final int scale;

    OrderLineRow(OrderLine line, int scale) {
        this.line = line;
        this.scale = scale;
    }

    public String getSku() {
        return line.sku();
    }

    public String getName() {
        return line.name();
    }

    public String getQuantity() {
        return Integer.toString(line.quantity());
    }

    public String getUnitPrice() {
        return AdminNumbers.atScale(line.unitPrice(), scale);
    }
}
