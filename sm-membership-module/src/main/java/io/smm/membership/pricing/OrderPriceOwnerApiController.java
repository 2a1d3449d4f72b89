package io.smm.membership.pricing;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** What each line of an order was charged and why, for the owner. */
@RestController
@MembershipApi
class OrderPriceOwnerApiController {

    private final CurrentOwner owner;
    private final OrderLinePriceService lines;

    OrderPriceOwnerApiController(CurrentOwner owner, OrderLinePriceService lines) {
        this.owner = owner;
        this.lines = lines;
    }

    @GetMapping("/api/v1/private/membership/orders/{orderId}/prices")
    List<OrderLinePrice> prices(@PathVariable long orderId) {
        return lines.linesOf(owner.get().storeCode(), orderId);
    }
}
