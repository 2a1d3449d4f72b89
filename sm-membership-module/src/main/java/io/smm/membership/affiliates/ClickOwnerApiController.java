package io.smm.membership.affiliates;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/**
 * The owner's view of what tracking ignored and of suspicious clicking ({@code /api/v1/private/**}, admin JWT);
 * periods are ISO dates of the store's time zone, both included, the last 30 days when not given.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/affiliates")
class ClickOwnerApiController {

    private final CurrentOwner owner;
    private final ClickReports reports;

    ClickOwnerApiController(CurrentOwner owner, ClickReports reports) {
        this.owner = owner;
        this.reports = reports;
    }

    /** How many clicks, cookies and links of each reason were ignored. */
    @GetMapping("/rejects")
    Map<RejectReason, Long> rejects(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return reports.rejects(owner.get().storeCode(), reports.period(from, to));
    }

    /** The hours in which one address clicked one affiliate's links more than the store's burst limit. */
    @GetMapping("/bursts")
    List<ClickBurst> bursts(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reports.bursts(owner.get().storeCode(), reports.period(from, to));
    }
}
