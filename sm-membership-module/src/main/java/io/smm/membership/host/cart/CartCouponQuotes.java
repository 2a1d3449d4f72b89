package io.smm.membership.host.cart;

import java.util.List;
import java.util.Optional;

import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.Checkout;
import io.smm.membership.coupons.CheckoutCoupon;
import io.smm.membership.coupons.CouponParticipant;
import io.smm.membership.coupons.CouponTill;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.identity.CurrentShopper;

/** What the coupon seams ask of a cart's coupon: the quote this request made of it, and the host's own promo code. */
class CartCouponQuotes {

    private final CouponParticipant coupons;
    private final CurrentShopper currentShopper;

    CartCouponQuotes(CouponParticipant coupons, CurrentShopper currentShopper) {
        this.coupons = coupons;
        this.currentShopper = currentShopper;
    }

    /** The coupon this request last quoted for the cart, if that was this code. */
    Optional<CheckoutCoupon> lastQuote(String cartCode, String code) {
        return HostRequest.current().flatMap(request -> request.checkout(currentShopper).pricedCart(cartCode))
                .flatMap(cart -> cart.quote(coupons)).filter(coupon -> code.equals(coupon.code()));
    }

    /** The code quoted for a cart without items; empty when it is not one of ours. */
    Optional<CheckoutCoupon> quoteEmptyCart(String code, MerchantStore store) {
        Checkout checkout = new Checkout(currentShopper::get);
        CartContents empty = new CartContents(store.getCode(), store.getCurrency().getCurrency(), List.of(), code,
                null);
        return Optional.ofNullable(coupons.quote(checkout, checkout.cart("", store.getCode(),
                empty.currency().getCurrencyCode()), empty));
    }

    /** Whether the code is the host's own promo code, asked of the till once per request and code. */
    static boolean isHostPromo(String storeCode, String code, CouponTill till) {
        return HostRequest.current()
                .map(request -> ParticipantTotalLines.notesOf(request).hostPromos.computeIfAbsent(
                        storeCode + "/" + code, any -> till.isHostPromo(storeCode, code)))
                .orElseGet(() -> till.isHostPromo(storeCode, code));
    }
}
