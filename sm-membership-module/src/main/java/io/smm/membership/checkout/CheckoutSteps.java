package io.smm.membership.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks every participant through a step, in their order. A refused hold releases the holds already taken; a
 * release that fails does not stop the others (what it held expires).
 */
public class CheckoutSteps {

    private static final Logger LOGGER = LoggerFactory.getLogger(CheckoutSteps.class);

    private final List<CheckoutParticipant<?>> participants;

    public CheckoutSteps(List<? extends CheckoutParticipant<?>> participants) {
        this.participants = List.copyOf(participants);
    }

    /** Every participant, in their order. */
    public List<CheckoutParticipant<?>> participants() {
        return participants;
    }

    /** The participant's quote for the cart, kept on the cart for the later steps; empty when it has none. */
    public <Q> Optional<Q> quote(CheckoutParticipant<Q> participant, Checkout checkout, CheckoutCart cart,
            CartContents contents) {
        Optional<Q> quote = Optional.ofNullable(participant.quote(checkout, cart, contents));
        quote.ifPresent(quoted -> cart.quoted(participant, quoted));
        return quote;
    }

    public void hold(Checkout checkout, CheckoutCart cart) {
        List<CheckoutParticipant<?>> held = new ArrayList<>();
        for (CheckoutParticipant<?> participant : participants) {
            try {
                hold(participant, checkout, cart);
            } catch (RuntimeException | Error refused) {
                held.forEach(heldBefore -> releaseQuietly(heldBefore, checkout, cart));
                throw refused;
            }
            held.add(0, participant);
        }
    }

    public void confirm(Checkout checkout, CheckoutCart cart, PlacedOrder order) {
        participants.forEach(participant -> confirm(participant, checkout, cart, order));
    }

    public void release(Checkout checkout, CheckoutCart cart) {
        for (int i = participants.size() - 1; i >= 0; i--) {
            releaseQuietly(participants.get(i), checkout, cart);
        }
    }

    public void giveBack(OrderGiveBack giveBack) {
        participants.forEach(participant -> participant.giveBack(giveBack));
    }

    private static <Q> void hold(CheckoutParticipant<Q> participant, Checkout checkout, CheckoutCart cart) {
        cart.quote(participant).ifPresent(quote -> participant.hold(checkout, cart, quote));
    }

    private static <Q> void confirm(CheckoutParticipant<Q> participant, Checkout checkout, CheckoutCart cart,
            PlacedOrder order) {
        cart.quote(participant).ifPresent(quote -> participant.confirm(checkout, cart, quote, order));
    }

    private static <Q> void releaseQuietly(CheckoutParticipant<Q> participant, Checkout checkout, CheckoutCart cart) {
        try {
            cart.quote(participant).ifPresent(quote -> participant.release(checkout, cart, quote));
        } catch (RuntimeException failed) {
            LOGGER.warn("Could not release what {} held for cart {}; it is freed when its hold expires",
                    participant.getClass().getSimpleName(), cart.cartCode(), failed);
        }
    }
}
