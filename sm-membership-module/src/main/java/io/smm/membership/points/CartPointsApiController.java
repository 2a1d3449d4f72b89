package io.smm.membership.points;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.web.MembershipApi;

/**
 * A logged-in shopper's points on their cart: choose how many pay for it (0 clears) and see the discount, or the
 * reason they cannot (409, nothing changed); see what the cart's points pay now, the balance and the most it takes.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership/cart/{cart}/points")
class CartPointsApiController {

    private final CartPoints points;

    CartPointsApiController(CartPoints points) {
        this.points = points;
    }

    @PutMapping
    CartPointsView choose(@PathVariable String cart, @RequestBody PointsChoiceDraft draft) {
        return points.choose(cart, draft);
    }

    @GetMapping
    CartPointsView current(@PathVariable String cart) {
        return points.current(cart);
    }
}
