package io.smm.membership.points;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.time.Instants;
import io.smm.membership.web.MembershipApi;

/**
 * The logged-in shopper's points ({@code /api/v1/auth/**}, customer JWT): the balance shown, pending points, points
 * expiring in the next 30 days, and a page of the history, latest first.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership/points")
class PointsShopperApiController {

    private final CurrentShopper shopper;
    private final PointsLedger ledger;

    PointsShopperApiController(CurrentShopper shopper, PointsLedger ledger) {
        this.shopper = shopper;
        this.ledger = ledger;
    }

    @GetMapping
    Map<String, Object> points(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Shopper current = shopper.get();
        long customerId = current.requireCustomerId();
        PointsAccountView account = ledger.account(current.storeCode(), customerId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("balance", account.usable());
        view.put("pending", account.pending());
        view.put("expiringSoon", account.expiringSoon());
        view.put("history", PageView.of(ledger.history(current.storeCode(), customerId,
                Paging.request(page, size, Sort.unsorted())), PointsShopperApiController::item));
        return view;
    }

    private static Map<String, Object> item(PointsHistoryItem entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", entry.kind());
        item.put("points", entry.points());
        item.put("orderId", entry.orderId());
        item.put("reason", entry.reason());
        item.put("recordedAt", Instants.iso(entry.recordedAt()));
        return item;
    }
}
