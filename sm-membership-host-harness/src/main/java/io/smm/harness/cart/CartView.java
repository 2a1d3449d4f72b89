package io.smm.harness.cart;

import com.salesmanager.shop.model.shoppingcart.ReadableShoppingCart;

/** The host's 3.2.5 {@code ReadableShoppingCart}: the 2.16.0 class plus {@code promoCode}. */
public class CartView extends ReadableShoppingCart {

    private static final long serialVersionUID = 1L;

    private String promoCode;

    public String getPromoCode() {
        return promoCode;
    }

    public void setPromoCode(String promoCode) {
        this.promoCode = promoCode;
    }
}
