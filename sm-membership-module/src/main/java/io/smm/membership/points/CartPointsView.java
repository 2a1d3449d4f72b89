package io.smm.membership.points;

import java.math.BigDecimal;

/**
 * The points on a shopper's cart, as their JSON shows it: the points chosen and the discount they pay, the usable
 * balance, and the most points the cart takes.
 */
public final class CartPointsView {

    private final long points;
    private final BigDecimal discount;
    private final long balance;
    private final long max;

    CartPointsView(long points, BigDecimal discount, long balance, long max) {
        this.points = points;
        this.discount = discount;
        this.balance = balance;
        this.max = max;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public long getBalance() {
        return balance;
    }

    public long getMax() {
        return max;
    }
}
