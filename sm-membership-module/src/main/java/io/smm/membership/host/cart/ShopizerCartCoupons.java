package io.smm.membership.host.cart;

import java.util.Optional;

import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.membership.coupons.CartCouponView;
import io.smm.membership.coupons.CartCoupons;
import io.smm.membership.coupons.CouponRefusal;
import io.smm.membership.coupons.CouponRefusedException;
import io.smm.membership.coupons.CouponTill;

/**
 * Cart coupons through the host's own carts: applying calls the very method the host's promo endpoint calls, so
 * {@link CouponPromoAdvice} checks the code the same way, and the host's cart calculation quotes the coupon.
 */
class ShopizerCartCoupons implements CartCoupons {

    private final OwnCarts carts;
    private final CouponTill till;
    private final CartCouponQuotes quotes;

    ShopizerCartCoupons(OwnCarts carts, CouponTill till, CartCouponQuotes quotes) {
        this.carts = carts;
        this.till = till;
        this.quotes = quotes;
    }

    @Override
    public CartCouponView apply(String cartCode, String code) {
        MerchantStore store = carts.find(cartCode).store;
        if (CartCouponQuotes.isHostPromo(store.getCode(), code, till)) {
            throw new CouponRefusedException(CouponRefusal.UNKNOWN); // ours applies membership coupons only
        }
        carts.modifyCart(cartCode, code, store);
        return view(cartCode, code)
                .orElseThrow(() -> new IllegalStateException("The host did not price cart " + cartCode));
    }

    @Override
    public Optional<CartCouponView> current(String cartCode) {
        OwnCarts.OwnCart cart = carts.find(cartCode);
        String code = cart.promo.code;
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        carts.priceCart(cartCode, cart.store);
        return view(cartCode, code);
    }

    @Override
    public void remove(String cartCode) {
        carts.modifyCart(cartCode, null, carts.find(cartCode).store);
    }

    /** What the cart calculation of this request made of the code; refused with the reason when it does not apply. */
    private Optional<CartCouponView> view(String cartCode, String code) {
        return quotes.lastQuote(cartCode, code).map(coupon -> {
            coupon.refusal().ifPresent(refusal -> {
                throw new CouponRefusedException(refusal);
            });
            return new CartCouponView(code, coupon.discount(), coupon.currency());
        });
    }
}
