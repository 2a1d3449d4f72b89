package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;

/**
 * A refund of part of an order the owner records: an amount, or lines and quantities (whose unit prices make the
 * amount), a reason, and optionally a key of the owner's own, so that sending it twice records it once.
 */
public class OrderRefundDraft extends Draft {

    private BigDecimal amount;
    private String reason;
    private String key;
    private List<LineDraft> lines = new ArrayList<>();

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public List<LineDraft> getLines() {
        return lines;
    }

    public void setLines(List<LineDraft> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    /** A quantity of one of the order's lines, by its SKU. */
    public static class LineDraft extends Draft {

        private String sku;
        private Integer quantity;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }
}
