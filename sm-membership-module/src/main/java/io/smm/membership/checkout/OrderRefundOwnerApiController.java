package io.smm.membership.checkout;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's record of refunds of part of an order, for refunds the host's payment module did not make. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/orders/{orderId}/refunds")
class OrderRefundOwnerApiController {

    private final CurrentOwner owner;
    private final OrderRefundService refunds;

    OrderRefundOwnerApiController(CurrentOwner owner, OrderRefundService refunds) {
        this.owner = owner;
        this.refunds = refunds;
    }

    @GetMapping
    List<OrderRefundView> list(@PathVariable long orderId) {
        return refunds.of(owner.get().storeCode(), orderId).stream().map(OrderRefundView::of)
                .collect(Collectors.toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrderRefundView record(@PathVariable long orderId, @RequestBody OrderRefundDraft draft) {
        return OrderRefundView.of(refunds.ownerRefunded(owner.get().storeCode(), orderId, draft, owner.get().name()));
    }
}
