package io.smm.membership.pricing;

import java.math.BigDecimal;

/** From {@code minQuantity} units up, each unit costs {@code price} (until the next tier). */
public final class PriceTier {

    private final int minQuantity;
    private final BigDecimal price;

    PriceTier(int minQuantity, BigDecimal price) {
        this.minQuantity = minQuantity;
        this.price = price;
    }

    public int getMinQuantity() {
        return minQuantity;
    }

    public BigDecimal getPrice() {
        return price;
    }
}
