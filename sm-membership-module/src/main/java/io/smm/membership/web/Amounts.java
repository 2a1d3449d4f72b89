package io.smm.membership.web;

import java.math.BigDecimal;

/** Amounts as our DECIMAL(19,4) columns keep them: at most 15 digits before the point and 4 after. */
public final class Amounts {

    private static final int INTEGER_DIGITS = 15;
    private static final int DECIMALS = 4;

    private Amounts() {
    }

    /** Whether the amount is stored as entered, neither refused by the database nor rounded by it. */
    public static boolean fitColumn(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() <= DECIMALS && plain.precision() - plain.scale() <= INTEGER_DIGITS;
    }

    public static Violation outOfColumn(String field) {
        return new Violation(field, "membership.amount.out-of-column", INTEGER_DIGITS, DECIMALS);
    }
}
