package io.smm.membership.money;

import java.util.Currency;
import java.util.Optional;

/** The currency each store sells in, as the host has it. Implemented in the host seam. */
public interface StoreCurrencies {

    /** The store's currency; empty for a store the host does not have. */
    Optional<Currency> of(String storeCode);
}
