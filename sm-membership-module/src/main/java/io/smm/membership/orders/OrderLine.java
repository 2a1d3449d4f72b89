package io.smm.membership.orders;

import java.math.BigDecimal;

/** One line of a host order: the product's SKU and name, how many, and the unit price charged. */
public final class OrderLine {

    private final String sku;
    private final String name;
    private final int quantity;
    private final BigDecimal unitPrice;

    public OrderLine(String sku, String name, int quantity, BigDecimal unitPrice) {
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }
}
