package io.smm.membership.points;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
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
import io.smm.membership.web.RequestLocale;

/**
 * The logged-in shopper's points ({@code /api/v1/auth/**}, customer JWT): the balance shown, pending points, points
 * expiring in the next 30 days, and a page of the history, latest first, a reward's reason in the shopper's
 * language (the owner's reasons as the owner wrote them).
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership/points")
class PointsShopperApiController {

    private final CurrentShopper shopper;
    private final PointsLedger ledger;
    private final MessageSource messages;

    PointsShopperApiController(CurrentShopper shopper, PointsLedger ledger, MessageSource messages) {
        this.shopper = shopper;
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping
    Map<String, Object> points(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        Shopper current = shopper.get();
        long customerId = current.requireCustomerId();
        PointsAccountView account = ledger.account(current.storeCode(), customerId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("balance", account.usable());
        view.put("pending", account.pending());
        view.put("expiringSoon", account.expiringSoon());
        view.put("history", PageView.of(ledger.history(current.storeCode(), customerId,
                Paging.request(page, size, Sort.unsorted())), entry -> item(entry, RequestLocale.of(request))));
        return view;
    }

    private Map<String, Object> item(PointsHistoryItem entry, Locale locale) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", entry.kind());
        item.put("points", entry.points());
        item.put("orderId", entry.orderId());
        item.put("reason", entry.reasonIn(messages, locale));
        item.put("recordedAt", Instants.iso(entry.recordedAt()));
        return item;
    }
}
