package io.smm.membership.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smm.membership.identity.Shopper;

/**
 * One shopper's checkout within one request: who is shopping, and each cart the request priced, by cart code. Built
 * once per request by the host seams and handed to every participant; a request that prices two carts and places
 * one order keeps the two apart.
 */
public final class Checkout {

    private final Supplier<Shopper> shopper;
    private final Map<Class<?>, Object> shopperFacts = new LinkedHashMap<>();
    private final Map<String, CheckoutCart> carts = new LinkedHashMap<>();
    private Shopper known;

    /** @param shopper who is shopping, asked once, when a participant first needs it */
    public Checkout(Supplier<Shopper> shopper) {
        this.shopper = shopper;
    }

    public Shopper shopper() {
        if (known == null) {
            known = shopper.get();
        }
        return known;
    }

    /**
     * What a participant derived from the shopper once for the whole checkout, such as their groups, keyed by its
     * type.
     */
    public <T> T shopperFact(Class<T> type, Function<Shopper, T> derive) {
        return type.cast(shopperFacts.computeIfAbsent(type, any -> derive.apply(shopper())));
    }

    /** The cart of this code, created on first use. */
    public CheckoutCart cart(String cartCode, String storeCode, String currency) {
        return carts.computeIfAbsent(cartCode, code -> new CheckoutCart(code, storeCode, currency));
    }

    /** The cart of this code, if this request priced it. */
    public Optional<CheckoutCart> pricedCart(String cartCode) {
        return Optional.ofNullable(carts.get(cartCode));
    }
}
