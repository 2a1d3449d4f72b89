package io.smm.harness.cart;

/**
 * Body of the host's 3.2.5 cart endpoints ({@code PersistableShoppingCartItem}): {@code product} is the
 * product's <em>sku</em> (2.16.0's class still has a numeric id, hence this class).
 */
public class CartItemRequest {

    private String product;
    private int quantity;
    private String promoCode;

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public void setPromoCode(String promoCode) {
        this.promoCode = promoCode;
    }
}
