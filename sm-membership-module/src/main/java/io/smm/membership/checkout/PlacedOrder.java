package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.List;

import io.smm.membership.orders.OrderFacts;

/** An order the host has just placed: its facts and its own lines, as stored with it. */
public final class PlacedOrder {

    private final OrderFacts facts;
    private final List<Line> lines;

    public PlacedOrder(OrderFacts facts, List<Line> lines) {
        this.facts = facts;
        this.lines = List.copyOf(lines);
    }

    public OrderFacts facts() {
        return facts;
    }

    public List<Line> lines() {
        return lines;
    }

    /** One line of the order: the product, how many, and the unit price it was charged. */
    public static final class Line {

        private final long productId;
        private final String sku;
        private final int quantity;
        private final BigDecimal unitPrice;

        public Line(long productId, String sku, int quantity, BigDecimal unitPrice) {
            this.productId = productId;
            this.sku = sku;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
        }

        public long productId() {
            return productId;
        }

        public String sku() {
            return sku;
        }

        public int quantity() {
            return quantity;
        }

        public BigDecimal unitPrice() {
            return unitPrice;
        }
    }
}
