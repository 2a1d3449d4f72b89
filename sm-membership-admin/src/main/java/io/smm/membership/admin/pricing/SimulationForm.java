package io.smm.membership.admin.pricing;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import io.smm.membership.admin.web.AdminTime;

/** What the simulator prices: a customer (id or e-mail), else a group, else a guest; a product, quantity and time. */
public class SimulationForm {

    private String customer;
    private String group;
    private Long product;
    private Integer quantity = 1;
    @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
    private LocalDateTime at;

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public Long getProduct() {
        return product;
    }

    public void setProduct(Long product) {
        this.product = product;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }
}
