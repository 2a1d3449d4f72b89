package io.smm.membership.checkout;

import java.io.Serializable;
import java.util.Objects;

/** The key of a row kept per cart: the store and the cart's code (a JPA id class, for any entity of ours). */
public class CartKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String storeCode;
    private String cartCode;

    protected CartKey() {
    }

    public CartKey(String storeCode, String cartCode) {
        this.storeCode = storeCode;
        this.cartCode = cartCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CartKey && storeCode.equals(((CartKey) other).storeCode)
                && cartCode.equals(((CartKey) other).cartCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeCode, cartCode);
    }
}
