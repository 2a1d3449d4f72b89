package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** How a discount, already rounded at the currency's scale, is shared out over a cart's lines to the last unit. */
public final class DiscountSplit {

    private DiscountSplit() {
    }

    /**
     * Splits the discount over the lines in proportion to their bases (0 for a line that takes no part): each takes
     * its share rounded down, and the units left over go one each to the lines whose shares lost most to rounding
     * (the first on a tie). The parts add up exactly to the discount.
     */
    public static List<BigDecimal> split(BigDecimal discount, List<BigDecimal> bases, int scale) {
        BigDecimal baseTotal = bases.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> exact = bases.stream().map(base -> base.signum() > 0 && baseTotal.signum() > 0
                ? discount.multiply(base).divide(baseTotal, scale + 10, RoundingMode.DOWN)
                : BigDecimal.ZERO).collect(Collectors.toList());
        List<BigDecimal> parts = exact.stream().map(share -> share.setScale(scale, RoundingMode.DOWN))
                .collect(Collectors.toCollection(ArrayList::new));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        int unitsLeft = discount.subtract(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .divide(unit).intValueExact();
        List<Integer> byLoss = IntStream.range(0, bases.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> exact.get(i).subtract(parts.get(i))).reversed())
                .limit(unitsLeft).collect(Collectors.toList());
        byLoss.forEach(i -> parts.set(i, parts.get(i).add(unit)));
        return parts.stream().map(part -> part.setScale(scale)).collect(Collectors.toList());
    }
}
