package io.smm.membership.admin.orders;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.smm.membership.admin.web.AdminNumbers;
import io.smm.membership.checkout.OrderRefund;

/** One refund recorded for the order, as the page prints it: its amount at the currency's decimals. */
public final class RefundRow {

    private final OrderRefund refund;
    private final int scale;

    RefundRow(OrderRefund refund, int scale) {
        this.refund = refund;
        this.scale = scale;
    }

    public long getId() {
        return refund.getId();
    }

    public Instant getRecordedAt() {
        return refund.getRecordedAt();
    }

    public String getAmount() {
        return AdminNumbers.atScale(refund.getAmount(), scale);
    }

    public String getCurrency() {
        return refund.getCurrency();
    }

    public String getSource() {
        return refund.getSource().name();
    }

    /** The owner who recorded it; null for a refund of the host's payment module. */
    public String getRecordedBy() {
        return refund.getRecordedBy();
    }

    public String getReason() {
        return refund.getReason();
    }

    /** Each line refunded as its SKU and quantity; empty for a refund by amount. */
    public List<List<String>> getLines() {
        return refund.getLines().stream().map(line -> List.of(line.getSku(), Integer.toString(line.getQuantity())))
                .collect(Collectors.toList());
    }
}
