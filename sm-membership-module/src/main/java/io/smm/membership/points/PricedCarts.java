package io.smm.membership.points;

import java.util.Optional;

import io.smm.membership.checkout.CheckoutCart;

/** The current shopper's own carts, priced by the host on demand. Implemented in the host seam. */
public interface PricedCarts {

    /**
     * Has the host price the shopper's cart in this request, which quotes every participant; the cart as the
     * request's checkout keeps it, with the quotes, empty when the host priced nothing (a cart without items).
     *
     * @throws io.smm.membership.errors.NotFoundException not a cart of theirs in their store
     */
    Optional<CheckoutCart> price(String cartCode);
}
