package io.smm.membership.admin.web;

import java.math.BigDecimal;

import io.smm.membership.money.MoneyRule;

/** Numbers as an owner types them into the admin's forms and reads them in its lists. */
public final class AdminNumbers {

    private AdminNumbers() {
    }

    /** Without trailing zeros: 1000, 12.5, never 1E+3 or 1000.0000; null stays null. */
    public static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** At least {@code scale} decimals, more only where the amount has them, never rounded: 12.50, 0.125. */
    public static String atScale(BigDecimal amount, int scale) {
        return MoneyRule.shown(amount, scale).toPlainString();
    }
}
