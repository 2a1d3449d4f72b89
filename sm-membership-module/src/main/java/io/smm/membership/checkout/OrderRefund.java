package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Embeddable;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** Part of an order refunded: an event written once, under its own key, and never changed. */
@Entity(name = "SmmOrderRefund")
@Table(name = "SMM_ORDER_REFUND")
public class OrderRefund {

    /** Who refunded: the host's payment module, or the owner recording a refund made elsewhere. */
    public enum Source { HOST_PAYMENT, OWNER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;

    @Column(name = "REFUND_KEY", nullable = false)
    private String refundKey;

    @Column(name = "AMOUNT", nullable = false)
    private BigDecimal amount;

    @Column(name = "CURRENCY", nullable = false)
    private String currency;

    @Column(name = "REASON")
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false)
    private Source source;

    @Column(name = "RECORDED_BY")
    private String recordedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SMM_ORDER_REFUND_LINE", joinColumns = @JoinColumn(name = "REFUND_ID"))
    private List<Line> lines = new ArrayList<>();

    protected OrderRefund() {
    }

    OrderRefund(String storeCode, long orderId, String refundKey, BigDecimal amount, String currency, String reason,
            Source source, String recordedBy, List<Line> lines, Instant recordedAt) {
        this.storeCode = storeCode;
        this.orderId = orderId;
        this.refundKey = refundKey;
        this.amount = amount;
        this.currency = currency;
        this.reason = reason;
        this.source = source;
        this.recordedBy = recordedBy;
        this.lines = new ArrayList<>(lines);
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getRefundKey() {
        return refundKey;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }

    public Source getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }

    /** A refunded quantity of one of the order's lines. */
    @Embeddable
    public static class Line {

        @Column(name = "SKU", nullable = false)
        private String sku;

        @Column(name = "QUANTITY", nullable = false)
        private int quantity;

        protected Line() {
        }

        Line(String sku, int quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }

        public String getSku() {
            return sku;
        }

        public int getQuantity() {
            return quantity;
        }
    }
}
