package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.core.Ordered;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.CartKey;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutLine;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.EligibleAmount;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.ShopperGroups;

/**
 * Points in the checkout (docs/points.md): the quote is the logged-in shopper's chosen points as a discount split
 * over the cart's lines (or why they cannot pay), and what the order would earn; the points are held from the ledger
 * before the host charges, confirmed with the order, whose transaction also earns the order's points, released when
 * the checkout fails, and given back when the order is canceled or refunded. A guest has no quote: no points, and
 * an order that earns none. After coupons, whose discount points do not pay, and before commissions.
 */
public class PointsParticipant implements CheckoutParticipant<PointsQuote>, Ordered {

    /** Between coupons (first) and commissions (last). */
    static final int ORDER = 0;

    private final PointsLedger ledger;
    private final PointsSettingsService settings;
    private final CartChoiceRepository choices;
    private final PointsCampaignRepository campaigns;
    private final GroupPricingService pricing;
    private final MoneyRule money;
    private final Clock clock;

    PointsParticipant(PointsLedger ledger, PointsSettingsService settings, CartChoiceRepository choices,
            PointsCampaignRepository campaigns, GroupPricingService pricing, MoneyRule money, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.choices = choices;
        this.campaigns = campaigns;
        this.pricing = pricing;
        this.money = money;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public PointsQuote quote(Checkout checkout, CheckoutCart cart, CartContents contents) {
        Optional<Long> customer = checkout.shopper().customerId();
        PointsTerms terms = settings.termsOf(contents.storeCode());
        if (customer.isEmpty() || !terms.enabled()) {
            return null;
        }
        long customerId = customer.get();
        Set<Long> groups = checkout.shopperFact(ShopperGroups.class, pricing::groupsOf).groupIds();
        long chosen = cart.cartCode().isBlank() ? 0 : choices.findById(new CartKey(contents.storeCode(),
                cart.cartCode())).map(choice -> choice.pointsOf(customerId)).orElse(0L);
        long usable = ledger.account(contents.storeCode(), customerId).usable();
        List<BigDecimal> bases = basesAfter(cart.takenOffBefore(this, contents.lines().size()), contents.lines());
        PointsRedemption redemption = redemptionRule(terms).redeem(chosen, usable, bases,
                MoneyRule.scaleOf(contents.currency()));
        BigDecimal eligible = bases.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(redemption.discount());
        return new PointsQuote(customerId, usable, redemption,
                earned(contents.storeCode(), terms, eligible, contents.lines(), groups, clock.instant()), contents,
                groups);
    }

    /** What is left to pay of each line after the discounts before points. */
    private static List<BigDecimal> basesAfter(List<BigDecimal> takenOff, List<CheckoutLine> lines) {
        return IntStream.range(0, lines.size())
                .mapToObj(i -> lines.get(i).total().subtract(takenOff.get(i)).max(BigDecimal.ZERO))
                .collect(Collectors.toList());
    }

    private RedemptionRule redemptionRule(PointsTerms terms) {
        return new RedemptionRule(terms.cashValue(), terms.minRedeem(), terms.maxOrderShare(), money);
    }

    /** What an eligible amount over these lines earns at {@code at}, with the campaigns running then. */
    private long earned(String storeCode, PointsTerms terms, BigDecimal eligible, List<CheckoutLine> lines,
            Set<Long> groups, Instant at) {
        List<EarningCampaign> running = campaigns.runningAt(storeCode, at).stream()
                .map(campaign -> new EarningCampaign(campaign.getStartsAt(), campaign.getEndsAt(),
                        campaign.getMultiplier(), campaign.getCategoryIds(), campaign.getGroupIds()))
                .collect(Collectors.toList());
        return EarningRule.points(eligible, lines, terms.pointsPerUnit(),
                EarningRule.tierMultiplier(terms.tierMultipliers(), groups), running, groups, at);
    }

    @Override
    public void hold(Checkout checkout, CheckoutCart cart, PointsQuote quote) {
        quote.refusal().ifPresent(refusal -> {
            throw new PointsRefusedException(refusal);
        });
        if (quote.redemption().points() > 0) {
            ledger.hold(quote.contents().storeCode(), quote.customerId(), cart.cartCode(),
                    quote.redemption().points(), clock.instant());
        }
    }

    /**
     * Confirms the held points with the order and earns the order's points, pending until the return window has
     * passed: on the order's eligible amount (after coupons and points) split over the priced lines.
     */
    @Override
    public void confirm(Checkout checkout, CheckoutCart cart, PointsQuote quote, PlacedOrder order) {
        String storeCode = quote.contents().storeCode();
        OrderFacts facts = order.facts();
        if (quote.redemption().points() > 0) {
            ledger.confirm(storeCode, quote.customerId(), cart.cartCode(), facts.orderId());
        }
        if (!cart.cartCode().isBlank()) {
            choices.forget(storeCode, cart.cartCode());
        }
        PointsTerms terms = settings.termsOf(storeCode);
        Currency currency = facts.currency() == null ? quote.contents().currency() : facts.currency();
        Instant placedAt = facts.placedAt() == null ? clock.instant() : facts.placedAt();
        long points = earned(storeCode, terms, EligibleAmount.of(facts, currency, money), quote.contents().lines(),
                quote.groupIds(), placedAt);
        if (points > 0) {
            ledger.earn(storeCode, quote.customerId(), facts.orderId(), points, placedAt,
                    placedAt.plus(Duration.ofDays(terms.returnWindowDays())));
        }
    }

    @Override
    public void release(Checkout checkout, CheckoutCart cart, PointsQuote quote) {
        if (quote.redemption().points() > 0) {
            ledger.release(quote.contents().storeCode(), cart.cartCode());
        }
    }

    @Override
    public void giveBack(OrderGiveBack giveBack) {
        ledger.giveBack(giveBack);
    }
}
