package io.smm.membership.checkout;

/**
 * Everything that takes part in a checkout (member prices, coupons, and the features to come) does so through these
 * steps, driven by the host seams in this order: {@link #quote} each time the host prices the cart, {@link #hold}
 * before the host charges the shopper, {@link #confirm} inside the host's order transaction, {@link #release} at once
 * when the checkout failed after its hold, and {@link #giveBack} when the order is canceled or refunded, in full or in
 * part. The latest quote is kept on the {@link CheckoutCart}; the later steps are handed it.
 *
 * @param <Q> what the participant quoted for a cart
 */
public interface CheckoutParticipant<Q> {

    /**
     * What the participant does to the cart's total, and why it may refuse it: called by the host's order-total seam
     * each time the host totals the cart; null when it has nothing to say of this cart. A {@link TotalChange} quote
     * becomes the host's discount lines. A participant that prices lines instead (member prices) is quoted by the
     * price seam, and keeps the default.
     */
    default Q quote(Checkout checkout, CheckoutCart cart, CartContents contents) {
        return null;
    }

    /**
     * Takes what the order will use, before the host charges, in a short transaction of its own that holds no lock
     * once it returns. Throwing refuses the checkout: nothing is charged, and the holds already taken are released.
     */
    default void hold(Checkout checkout, CheckoutCart cart, Q quote) {
    }

    /** Inside the host's order transaction, once the order has its id; throwing rolls the order back. */
    default void confirm(Checkout checkout, CheckoutCart cart, Q quote, PlacedOrder order) {
    }

    /** The checkout failed after {@link #hold}: gives back at once what the hold took, in its own transaction. */
    default void release(Checkout checkout, CheckoutCart cart, Q quote) {
    }

    /**
     * The order was canceled or refunded, in full or in part, inside the transaction that records it. A replay of
     * the same give-back (same {@link OrderGiveBack#key()}) must change nothing.
     */
    default void giveBack(OrderGiveBack giveBack) {
    }
}
