package io.smm.membership.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.EligibleAmount;

/**
 * What an order earns in points: floor(Σ share of each line × points per unit × the shopper's tier multiplier × the
 * highest multiplier of the campaigns running for that line), the shares the eligible amount split over the lines
 * by their totals ({@link EligibleAmount#weighted}). Overlapping campaigns do not multiply: the highest applies.
 */
final class EarningRule {

    /** Decimals kept of the weighted sum before it is rounded down to whole points. */
    private static final int DIGITS = 10;

    private EarningRule() {
    }

    /**
     * @param tierMultiplier the shopper's ({@link #tierMultiplier})
     * @param campaigns the store's campaigns, running or not
     */
    static long points(BigDecimal eligible, List<CheckoutLine> lines, BigDecimal pointsPerUnit,
            BigDecimal tierMultiplier, Collection<EarningCampaign> campaigns, Set<Long> shopperGroups, Instant at) {
        if (eligible.signum() <= 0) {
            return 0;
        }
        List<EarningCampaign> running = campaigns.stream().filter(campaign -> campaign.runsFor(shopperGroups, at))
                .collect(Collectors.toList());
        BigDecimal rate = pointsPerUnit.multiply(tierMultiplier);
        BigDecimal weighted = EligibleAmount.weighted(eligible, lines,
                line -> rate.multiply(best(running, campaign -> campaign.covers(line))),
                rate.multiply(best(running, EarningCampaign::coversAll)), DIGITS, RoundingMode.DOWN);
        return weighted.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** The highest multiplier of the shopper's groups' tier rates; ×1 when none of their groups has one. */
    static BigDecimal tierMultiplier(Map<Long, BigDecimal> tierRates, Set<Long> shopperGroups) {
        return shopperGroups.stream().map(tierRates::get).filter(Objects::nonNull).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
    }

    /** The highest multiplier of the campaigns that apply; ×1 when none does. */
    private static BigDecimal best(List<EarningCampaign> running, Predicate<EarningCampaign> applies) {
        return running.stream().filter(applies).map(EarningCampaign::multiplier).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
    }
}
