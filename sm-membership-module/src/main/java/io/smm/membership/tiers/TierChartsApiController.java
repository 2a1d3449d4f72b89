package io.smm.membership.tiers;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/**
 * The owner's tier charts as JSON, beside the other tier endpoints ({@code /api/v1/private/**}, admin JWT):
 * members per tier at the end of each month and moves up and down per month.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/tiers")
class TierChartsApiController {

    private final CurrentOwner owner;
    private final TierCharts charts;

    TierChartsApiController(CurrentOwner owner, TierCharts charts) {
        this.owner = owner;
        this.charts = charts;
    }

    /** The last {@code months} months (1 to 36, the current one included); 400 naming {@code months} otherwise. */
    @GetMapping("/charts")
    TierChartView charts(@RequestParam(defaultValue = "12") int months, HttpServletRequest request) {
        return charts.chart(owner.get().storeCode(), months, RequestLocale.of(request));
    }
}
