package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import io.smm.membership.money.MoneyRule;

/** A refund of part of an order as the owner's JSON shows it: its amount at the currency's decimals. */
public final class OrderRefundView {

    private final OrderRefund refund;

    private OrderRefundView(OrderRefund refund) {
        this.refund = refund;
    }

    public static OrderRefundView of(OrderRefund refund) {
        return new OrderRefundView(refund);
    }

    public Long getId() {
        return refund.getId();
    }

    public Long getOrderId() {
        return refund.getOrderId();
    }

    public String getRefundKey() {
        return refund.getRefundKey();
    }

    /** Never rounded: a refund is recorded at its currency's decimals, and shown with all of them. */
    public BigDecimal getAmount() {
        return MoneyRule.shown(refund.getAmount(), refund.getCurrency().isEmpty() ? 2
                : MoneyRule.scaleOf(Currency.getInstance(refund.getCurrency())));
    }

    public String getCurrency() {
        return refund.getCurrency();
    }

    public String getReason() {
        return refund.getReason();
    }

    public OrderRefund.Source getSource() {
        return refund.getSource();
    }

    public String getRecordedBy() {
        return refund.getRecordedBy();
    }

    public Instant getRecordedAt() {
        return refund.getRecordedAt();
    }

    public List<OrderRefund.Line> getLines() {
        return refund.getLines();
    }
}
