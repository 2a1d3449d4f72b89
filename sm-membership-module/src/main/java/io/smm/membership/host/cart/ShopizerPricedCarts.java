package io.smm.membership.host.cart;

import java.util.Optional;

import io.smm.membership.checkout.CheckoutCart;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.points.PricedCarts;

/** The shopper's carts priced through the host's own cart facade, as its cart endpoints price them. */
class ShopizerPricedCarts implements PricedCarts {

    private final OwnCarts carts;
    private final CurrentShopper shopper;

    ShopizerPricedCarts(OwnCarts carts, CurrentShopper shopper) {
        this.carts = carts;
        this.shopper = shopper;
    }

    @Override
    public Optional<CheckoutCart> price(String cartCode) {
        carts.priceCart(cartCode, carts.find(cartCode).store);
        return HostRequest.current().flatMap(request -> request.checkout(shopper).pricedCart(cartCode));
    }
}
