package io.smm.membership.coupons;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.web.MembershipApi;

/**
 * A logged-in shopper's coupon on their cart: apply a code and see the discount or the exact reason it does not
 * apply (409), see what the cart's coupon gives now, take it off.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership/cart/{cart}/coupon")
class ShopperCouponApiController {

    private final CartCoupons coupons;

    ShopperCouponApiController(CartCoupons coupons) {
        this.coupons = coupons;
    }

    @PutMapping("/{code}")
    CartCouponView apply(@PathVariable String cart, @PathVariable String code) {
        return coupons.apply(cart, code);
    }

    @GetMapping
    CartCouponView current(@PathVariable String cart) {
        return coupons.current(cart)
                .orElseThrow(() -> new NotFoundException("membership.coupon.cart.none", cart));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String cart) {
        coupons.remove(cart);
    }
}
