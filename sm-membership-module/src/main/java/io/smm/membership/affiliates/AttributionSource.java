package io.smm.membership.affiliates;

import java.time.Instant;
import java.util.Optional;

/** The clicks a checkout is credited to: the current request's cookie and the cart's own record, merged. */
public interface AttributionSource {

    /**
     * The click that credits an order of this cart placed at {@code at}, by the store's model and window, when its
     * affiliate is active; empty otherwise (a suspended affiliate's click is counted as a reject).
     */
    Optional<Attribution> clickAttribution(String storeCode, String cartCode, Instant at);
}
