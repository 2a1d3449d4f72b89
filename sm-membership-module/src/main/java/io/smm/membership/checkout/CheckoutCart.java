package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.OrderComparator;

/** One cart of a checkout: its code, store and currency, and each participant's latest quote for it. */
public final class CheckoutCart {

    private final String cartCode;
    private final String storeCode;
    private final String currency;
    private final Map<CheckoutParticipant<?>, Object> quotes = new IdentityHashMap<>();

    CheckoutCart(String cartCode, String storeCode, String currency) {
        this.cartCode = cartCode;
        this.storeCode = storeCode;
        this.currency = currency;
    }

    public String cartCode() {
        return cartCode;
    }

    public String storeCode() {
        return storeCode;
    }

    public String currency() {
        return currency;
    }

    /** Keeps the participant's quote; the latest pricing of the cart replaces an earlier one. */
    public <Q> void quoted(CheckoutParticipant<Q> participant, Q quote) {
        quotes.put(participant, quote);
    }

    @SuppressWarnings("unchecked")
    public <Q> Optional<Q> quote(CheckoutParticipant<Q> participant) {
        return Optional.ofNullable((Q) quotes.get(participant));
    }

    /**
     * What the total changes quoted by the participants ordered before {@code participant} (a coupon's, for points)
     * take off each of the cart's {@code lines} lines, in their order; zeros where none did. A refused change takes
     * nothing off.
     */
    public List<BigDecimal> takenOffBefore(CheckoutParticipant<?> participant, int lines) {
        List<BigDecimal> taken = new ArrayList<>(Collections.nCopies(lines, BigDecimal.ZERO));
        quotes.forEach((other, quote) -> {
            if (OrderComparator.INSTANCE.compare(other, participant) < 0 && quote instanceof TotalChange
                    && ((TotalChange) quote).refusal().isEmpty()
                    && ((TotalChange) quote).lineDiscounts().size() == lines) {
                List<BigDecimal> discounts = ((TotalChange) quote).lineDiscounts();
                for (int i = 0; i < lines; i++) {
                    taken.set(i, taken.get(i).add(discounts.get(i)));
                }
            }
        });
        return taken;
    }
}
