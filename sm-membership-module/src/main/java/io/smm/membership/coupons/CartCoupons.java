package io.smm.membership.coupons;

import java.util.Optional;

/**
 * The coupon on a shopper's cart, through the host's own cart: applying a code, reading what it gives now, taking
 * it off. Carts of other customers are not found.
 */
public interface CartCoupons {

    /** @throws CouponRefusedException the code does not apply to this cart, with the reason */
    CartCouponView apply(String cartCode, String code);

    /**
     * The cart's coupon and what it gives now; empty when the cart has none of ours.
     *
     * @throws CouponRefusedException the cart's coupon no longer applies, with the reason
     */
    Optional<CartCouponView> current(String cartCode);

    void remove(String cartCode);
}
