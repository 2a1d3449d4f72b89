package io.smm.membership.tiers;

import java.math.BigDecimal;
import java.util.Map;

/** A customer's counted spend in each window a store's tier rules use. */
final class SpendTotals {

    private final Map<SpendWindow, BigDecimal> byWindow;

    SpendTotals(Map<SpendWindow, BigDecimal> byWindow) {
        this.byWindow = Map.copyOf(byWindow);
    }

    BigDecimal in(SpendWindow window) {
        BigDecimal spend = byWindow.get(window);
        if (spend == null) {
            throw new IllegalArgumentException("no spend counted over " + window);
        }
        return spend;
    }
}
