package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import org.springframework.core.Ordered;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliateTerms;
import io.smm.membership.affiliates.Attribution;
import io.smm.membership.affiliates.AttributionSource;
import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.checkout.CheckoutParticipant;
import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.checkout.PlacedOrder;
import io.smm.membership.orders.OrderFacts;

/**
 * Affiliate commissions in the checkout (docs/affiliates.md): the quote names the affiliate a cart is credited to
 * (a promo code bound to an active affiliate, else the clicks), takes nothing off and holds nothing; the order's
 * transaction writes its one commission; a cancel or refund takes it back. Last of the participants, so a give-back
 * locks the coupon's row before the commission's, as a checkout does.
 */
public class CommissionParticipant implements CheckoutParticipant<CommissionQuote>, Ordered {

    private final AffiliateDirectory affiliates;
    private final AttributionSource clicks;
    private final CommissionLedger ledger;
    private final CommissionRule rule;
    private final Clock clock;

    CommissionParticipant(AffiliateDirectory affiliates, AttributionSource clicks, CommissionLedger ledger,
            CommissionRule rule, Clock clock) {
        this.affiliates = affiliates;
        this.clicks = clicks;
        this.ledger = ledger;
        this.rule = rule;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The affiliate the cart is credited to, with the cart's lines; null when none is. */
    @Override
    public CommissionQuote quote(Checkout checkout, CheckoutCart cart, CartContents contents) {
        return attribution(contents.storeCode(), cart.cartCode(), contents)
                .map(attribution -> new CommissionQuote(attribution, contents)).orElse(null);
    }

    /** A promo code bound to an active affiliate wins (the shopper named it); else the clicks, by the store's model. */
    private Optional<Attribution> attribution(String storeCode, String cartCode, CartContents contents) {
        Optional<Attribution> byCoupon = contents.promoCode()
                .flatMap(code -> affiliates.byCouponCode(storeCode, code)).filter(AffiliateCard::earns)
                .map(Attribution::ofCoupon);
        if (byCoupon.isPresent()) {
            return byCoupon;
        }
        return clicks.clickAttribution(storeCode, cartCode.isBlank() ? null : cartCode, clock.instant());
    }

    /**
     * Writes the order's commission: what it earns, or 0 and FLAGGED when the affiliate placed it; nothing when the
     * affiliate no longer earns (suspended while the host took the payment), or when an earlier order of the same
     * cart earned it. A second checkout of the cart while the first is being placed is refused. Its rates are those
     * found when the host priced the cart, in this same request.
     */
    @Override
    public void confirm(Checkout checkout, CheckoutCart cart, CommissionQuote quote, PlacedOrder order) {
        CartContents contents = quote.contents();
        OrderFacts facts = order.facts();
        String cartCode = cart.cartCode().isBlank() ? null : cart.cartCode();
        AffiliateCard affiliate = quote.attribution().affiliate();
        if (!affiliates.earns(contents.storeCode(), affiliate.id())
                || cartCode != null && ledger.cartCredited(contents.storeCode(), cartCode)) {
            return;
        }
        AffiliateTerms terms = affiliates.termsOf(contents.storeCode());
        Currency currency = facts.currency() == null ? contents.currency() : facts.currency();
        Optional<SelfReferral> self = SelfReferral.of(affiliate, facts.customerId(),
                contents.customerEmail().orElse(null));
        BigDecimal eligible = rule.eligibleAmount(facts, currency);
        BigDecimal amount = self.isPresent() ? BigDecimal.ZERO
                : rule.commission(eligible, contents.lines(), affiliate, terms, currency);
        Instant placedAt = facts.placedAt() == null ? clock.instant() : facts.placedAt();
        BigDecimal total = facts.total() == null ? BigDecimal.ZERO : facts.total();
        ledger.earn(new Commission(contents.storeCode(), facts.orderId(), cartCode, affiliate.id(),
                facts.customerId(), quote.attribution(), total, eligible, amount, currency.getCurrencyCode(),
                self.orElse(null), placedAt, CommissionRule.dueAt(placedAt, terms)));
    }

    @Override
    public void giveBack(OrderGiveBack giveBack) {
        ledger.giveBack(giveBack);
    }
}
