package io.smm.membership.affiliates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.PageView;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.time.Instants;
import io.smm.membership.web.MembershipApi;

/** An affiliate's own clicks ({@code /api/v1/auth/**}, customer JWT): when, where they landed, where from; no address. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership/affiliate/clicks")
class ClickAffiliateApiController {

    private final CurrentShopper shopper;
    private final ClickReports reports;

    ClickAffiliateApiController(CurrentShopper shopper, ClickReports reports) {
        this.shopper = shopper;
        this.reports = reports;
    }

    @GetMapping
    PageView<Map<String, Object>> clicks(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Shopper me = shopper.get();
        return PageView.of(reports.clicksOfCustomer(me.storeCode(), me.requireCustomerId(), page, size), click -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("clickedAt", Instants.iso(click.getClickedAt()));
            row.put("trackingId", click.getTrackingId());
            row.put("landingPath", click.getLandingPath());
            row.put("referrer", click.getReferrer());
            return row;
        });
    }
}
