package io.smm.membership.pricing;

import java.math.BigDecimal;

import io.smm.membership.money.MoneyRule;

/** What an order's line was charged and why, as the owner's JSON shows it: prices at the currency's decimals. */
public final class OrderLinePriceView {

    private final OrderLinePrice line;
    private final int scale;

    OrderLinePriceView(OrderLinePrice line, int scale) {
        this.line = line;
        this.scale = scale;
    }

    public Long getOrderId() {
        return line.getOrderId();
    }

    public Long getProductId() {
        return line.getProductId();
    }

    public int getQuantity() {
        return line.getQuantity();
    }

    public BigDecimal getBasePrice() {
        return shown(line.getBasePrice());
    }

    public BigDecimal getSpecialPrice() {
        return shown(line.getSpecialPrice());
    }

    public BigDecimal getMemberPrice() {
        return shown(line.getMemberPrice());
    }

    public BigDecimal getFinalPrice() {
        return shown(line.getFinalPrice());
    }

    public Long getRuleId() {
        return line.getRuleId();
    }

    public String getRuleName() {
        return line.getRuleName();
    }

    public Integer getRuleMinQuantity() {
        return line.getRuleMinQuantity();
    }

    /** The shopper's groups the rule applied for, {@code *} for every member. */
    public String getGroupCodes() {
        return line.getGroupCodes();
    }

    private BigDecimal shown(BigDecimal price) {
        return price == null ? null : MoneyRule.shown(price, scale);
    }
}
