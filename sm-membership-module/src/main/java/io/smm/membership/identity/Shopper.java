package io.smm.membership.identity;

import java.util.Objects;
import java.util.Optional;

import io.smm.membership.errors.RefusedException;

/** Who is shopping: a logged-in or known customer of a store, or a guest of that store. */
public final class Shopper {

    private final String storeCode;
    private final Long customerId;

    private Shopper(String storeCode, Long customerId) {
        this.storeCode = Objects.requireNonNull(storeCode);
        this.customerId = customerId;
    }

    public static Shopper guest(String storeCode) {
        return new Shopper(storeCode, null);
    }

    public static Shopper customer(String storeCode, long customerId) {
        return new Shopper(storeCode, customerId);
    }

    public String storeCode() {
        return storeCode;
    }

    public Optional<Long> customerId() {
        return Optional.ofNullable(customerId);
    }

    public boolean isGuest() {
        return customerId == null;
    }

    /** The customer's id, for what only a logged-in customer may do: refused (login required) for a guest. */
    public long requireCustomerId() {
        return customerId().orElseThrow(() -> new RefusedException("membership.shopper.login-required"));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Shopper)) {
            return false;
        }
        Shopper that = (Shopper) other;
        return storeCode.equals(that.storeCode) && Objects.equals(customerId, that.customerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeCode, customerId);
    }

    @Override
    public String toString() {
        return isGuest() ? "guest@" + storeCode : "customer " + customerId + "@" + storeCode;
    }
}
