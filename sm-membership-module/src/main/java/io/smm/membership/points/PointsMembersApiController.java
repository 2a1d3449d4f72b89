package io.smm.membership.points;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.time.Instants;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/**
 * The owner's view and movements of members' points ({@code /api/v1/private/**}, admin JWT): a member's ledger, an
 * adjustment with a reason, and grants from a CSV file.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/points")
class PointsMembersApiController {

    private final CurrentOwner owner;
    private final PointsLedger ledger;
    private final PointsOwnerService points;
    private final MessageSource messages;

    PointsMembersApiController(CurrentOwner owner, PointsLedger ledger, PointsOwnerService points,
            MessageSource messages) {
        this.owner = owner;
        this.ledger = ledger;
        this.points = points;
        this.messages = messages;
    }

    @GetMapping("/members/{customerId}")
    Map<String, Object> member(@PathVariable long customerId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
        return view(owner.get().storeCode(), customerId, page, size, RequestLocale.of(request));
    }

    @PostMapping("/members/{customerId}/adjustments")
    Map<String, Object> adjust(@PathVariable long customerId, @RequestBody PointsAdjustmentDraft draft,
            HttpServletRequest request) {
        Owner current = owner.get();
        points.adjust(current.storeCode(), customerId, draft, current.name());
        return view(current.storeCode(), customerId, 0, 20, RequestLocale.of(request));
    }

    @PostMapping(path = "/grants", consumes = "text/csv")
    PointsGrantResult grant(@RequestBody String csv) {
        Owner current = owner.get();
        return points.grant(current.storeCode(), csv, current.name());
    }

    private Map<String, Object> view(String storeCode, long customerId, int page, int size, Locale locale) {
        MemberSummary member = points.member(storeCode, customerId);
        PointsAccountView account = ledger.account(storeCode, customerId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("customerId", customerId);
        view.put("email", member.getEmail());
        view.put("name", member.getDisplayName());
        view.put("usable", account.usable());
        view.put("pending", account.pending());
        view.put("expiringSoon", account.expiringSoon());
        view.put("total", account.total());
        view.put("history", PageView.of(ledger.history(storeCode, customerId,
                Paging.request(page, size, Sort.unsorted())), entry -> item(entry, locale)));
        return view;
    }

    private Map<String, Object> item(PointsHistoryItem entry, Locale locale) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", entry.kind());
        item.put("points", entry.points());
        item.put("reason", entry.reasonIn(messages, locale));
        item.put("actor", entry.actor());
        item.put("orderId", entry.orderId());
        item.put("recordedAt", Instants.iso(entry.recordedAt()));
        return item;
    }
}
