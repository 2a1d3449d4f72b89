package io.smm.membership.pricing;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.web.MembershipApi;

/** What each line of an order was charged and why, for the owner. */
@RestController
@MembershipApi
class OrderPriceOwnerApiController {

    private final CurrentOwner owner;
    private final OrderLinePriceService lines;
    private final StoreCurrencies currencies;

    OrderPriceOwnerApiController(CurrentOwner owner, OrderLinePriceService lines, StoreCurrencies currencies) {
        this.owner = owner;
        this.lines = lines;
        this.currencies = currencies;
    }

    @GetMapping("/api/v1/private/membership/orders/{orderId}/prices")
    List<OrderLinePriceView> prices(@PathVariable long orderId) {
        String store = owner.get().storeCode();
        int scale = currencies.of(store).map(MoneyRule::scaleOf).orElse(2);
        return lines.linesOf(store, orderId).stream().map(line -> new OrderLinePriceView(line, scale))
                .collect(Collectors.toList());
    }
}
