package io.smm.membership.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/** How a rule changes the base price: a fixed price, a percent off or an amount off. Unrounded on purpose. */
public final class Adjustment {

    /** The kinds of adjustment. */
    public enum Kind { FIXED_PRICE, PERCENT_OFF, AMOUNT_OFF }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Kind kind;
    private final BigDecimal value;
    private final BigDecimal remainingShare;

    public Adjustment(Kind kind, BigDecimal value) {
        this.kind = Objects.requireNonNull(kind);
        this.value = Objects.requireNonNull(value);
        this.remainingShare = HUNDRED.subtract(value).movePointLeft(2);
    }

    public Kind kind() {
        return kind;
    }

    public BigDecimal value() {
        return value;
    }

    /** Whether this adjustment gives a price no higher than {@code other}'s, whatever the base price. */
    boolean neverAbove(Adjustment other) {
        if (kind != other.kind) {
            return false;
        }
        int byValue = value.compareTo(other.value);
        return kind == Kind.FIXED_PRICE ? byValue <= 0 : byValue >= 0;
    }

    /** The adjusted price of {@code base}, never below zero. */
    BigDecimal applyTo(BigDecimal base) {
        BigDecimal price;
        switch (kind) {
            case FIXED_PRICE:
                price = value;
                break;
            case PERCENT_OFF:
                price = base.multiply(remainingShare);
                break;
            default:
                price = base.subtract(value);
        }
        return price.signum() < 0 ? BigDecimal.ZERO : price;
    }
}
