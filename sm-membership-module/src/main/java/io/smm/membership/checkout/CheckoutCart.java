package io.smm.membership.checkout;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

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
}
