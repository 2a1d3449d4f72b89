package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.orders.OrderFacts;
import io.smm.membership.time.UtcInstantConverter;

/** One host order as spend is counted from it; its status follows the host's. */
@Entity(name = "SmmSpendOrder")
@Table(name = "SMM_SPEND_ORDER")
class SpendOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "PLACED_AT", nullable = false)
    private Instant placedAt;

    @Column(name = "STATUS", nullable = false)
    private String status;

    @Column(name = "TOTAL", nullable = false)
    private BigDecimal total;

    @Column(name = "SHIPPING", nullable = false)
    private BigDecimal shipping;

    @Column(name = "TAX", nullable = false)
    private BigDecimal tax;

    @Column(name = "CURRENCY", nullable = false)
    private String currency;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected SpendOrder() {
    }

    SpendOrder(OrderFacts order, Instant now) {
        this.storeCode = order.storeCode();
        this.orderId = order.orderId();
        this.customerId = order.customerId();
        this.placedAt = order.placedAt();
        this.currency = order.currency().getCurrencyCode();
        update(order, now);
    }

    /** Takes the host order's status and amounts as they are now. */
    void update(OrderFacts order, Instant now) {
        this.status = order.status();
        this.total = order.total();
        this.shipping = order.shipping();
        this.tax = order.tax();
        this.updatedAt = now;
    }

    /** Whether the host order's status or total, what paid orders are counted from, are not what this row holds. */
    boolean countsDifferently(OrderFacts order) {
        return !status.equals(order.status()) || total.compareTo(order.total()) != 0;
    }

    Long getOrderId() {
        return orderId;
    }

    String getStatus() {
        return status;
    }

    BigDecimal getTotal() {
        return total;
    }
}
