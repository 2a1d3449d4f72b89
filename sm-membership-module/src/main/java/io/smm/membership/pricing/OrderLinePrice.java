package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.smm.membership.time.UtcInstantConverter;

/** What one order line was charged and why, kept as it was when the order was placed. */
@Entity(name = "SmmOrderLinePrice")
@Table(name = "SMM_ORDER_LINE_PRICE")
@Immutable
public class OrderLinePrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;

    @Column(name = "PRODUCT_ID", nullable = false)
    private Long productId;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "BASE_PRICE", nullable = false)
    private BigDecimal basePrice;

    @Column(name = "SPECIAL_PRICE")
    private BigDecimal specialPrice;

    @Column(name = "MEMBER_PRICE")
    private BigDecimal memberPrice;

    @Column(name = "FINAL_PRICE", nullable = false)
    private BigDecimal finalPrice;

    @Column(name = "RULE_ID")
    private Long ruleId;

    @Column(name = "RULE_NAME")
    private String ruleName;

    @Column(name = "RULE_MIN_QUANTITY")
    private Integer ruleMinQuantity;

    @Column(name = "GROUP_CODES")
    private String groupCodes;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected OrderLinePrice() {
    }

    OrderLinePrice(String storeCode, long orderId, PricedLine line, String groupCodes, Instant now) {
        this.storeCode = storeCode;
        this.orderId = orderId;
        this.productId = line.productId;
        this.quantity = line.quantity;
        this.basePrice = line.quote.basePrice();
        this.specialPrice = line.quote.specialPrice().orElse(null);
        this.memberPrice = line.quote.memberPrice().orElse(null);
        this.finalPrice = line.quote.finalPrice();
        line.quote.appliedRule().ifPresent(rule -> {
            this.ruleId = rule.ruleId();
            this.ruleName = rule.ruleName();
            this.ruleMinQuantity = rule.minQuantity();
        });
        this.groupCodes = groupCodes;
        this.createdAt = now;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getBasePrice() {
        return basePrice;
    }

    public BigDecimal getSpecialPrice() {
        return specialPrice;
    }

    public BigDecimal getMemberPrice() {
        return memberPrice;
    }

    public BigDecimal getFinalPrice() {
        return finalPrice;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public String getRuleName() {
        return ruleName;
    }

    public Integer getRuleMinQuantity() {
        return ruleMinQuantity;
    }

    public String getGroupCodes() {
        return groupCodes;
    }
}
