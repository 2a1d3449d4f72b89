package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.checkout.CartKey;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.Violation;

/**
 * The points a logged-in shopper chooses to pay a cart with, kept per cart and checked by having the host price the
 * cart with them: a choice the cart refuses is not kept.
 */
public class CartPoints {

    private final CartChoiceRepository choices;
    private final PricedCarts carts;
    private final PointsParticipant participant;
    private final PointsLedger ledger;
    private final PointsSettingsService settings;
    private final CurrentShopper shopper;
    private final Clock clock;

    CartPoints(CartChoiceRepository choices, PricedCarts carts, PointsParticipant participant, PointsLedger ledger,
            PointsSettingsService settings, CurrentShopper shopper, Clock clock) {
        this.choices = choices;
        this.carts = carts;
        this.participant = participant;
        this.ledger = ledger;
        this.settings = settings;
        this.shopper = shopper;
        this.clock = clock;
    }

    /**
     * Keeps the points for the cart (0 clears them) and answers what they pay.
     *
     * @throws PointsRefusedException the points cannot pay for this cart, with the reason (points off for the store,
     *         a cart without items, or the quote's reason); nothing is kept
     */
    @Transactional
    public CartPointsView choose(String cartCode, PointsChoiceDraft draft) {
        List<Violation> problems = new ArrayList<>();
        if (draft.getPoints() == null) {
            problems.add(new Violation("points", "membership.points.choice.required"));
        } else if (draft.getPoints() < 0) {
            problems.add(new Violation("points", "membership.points.choice.negative"));
        }
        draft.requireNoProblems(problems);
        Shopper current = shopper.get();
        if (draft.getPoints() > 0 && !settings.termsOf(current.storeCode()).enabled()) {
            throw new PointsRefusedException(PointsRefusal.OFF);
        }
        if (draft.getPoints() == 0) {
            choices.forget(current.storeCode(), cartCode);
        } else {
            CartChoice choice = choices.findById(new CartKey(current.storeCode(), cartCode))
                    .orElseGet(() -> new CartChoice(current.storeCode(), cartCode));
            choice.choose(current.requireCustomerId(), draft.getPoints(), clock.instant());
            choices.saveAndFlush(choice);
        }
        Optional<PointsQuote> quote = quoteOf(cartCode);
        if (draft.getPoints() > 0 && quote.isEmpty()) {
            // points are on and the shopper logged in: only a cart the host priced nothing of has no quote
            throw new PointsRefusedException(PointsRefusal.EMPTY_CART);
        }
        quote.flatMap(PointsQuote::refusal).ifPresent(refusal -> {
            throw new PointsRefusedException(refusal);
        });
        return view(current, quote);
    }

    /** What the cart's points pay now, the shopper's usable balance and the most points the cart takes. */
    @Transactional
    public CartPointsView current(String cartCode) {
        return view(shopper.get(), quoteOf(cartCode));
    }

    private Optional<PointsQuote> quoteOf(String cartCode) {
        return carts.price(cartCode).flatMap(cart -> cart.quote(participant));
    }

    private CartPointsView view(Shopper current, Optional<PointsQuote> quote) {
        return quote.map(points -> new CartPointsView(points.redemption().points(), points.redemption().discount(),
                points.usable(), points.redemption().max()))
                .orElseGet(() -> new CartPointsView(0, BigDecimal.ZERO,
                        ledger.account(current.storeCode(), current.requireCustomerId()).usable(), 0));
    }
}
