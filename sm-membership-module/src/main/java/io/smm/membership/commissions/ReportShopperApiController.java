package io.smm.membership.commissions;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.MembershipApi;

/**
 * The logged-in affiliate's own results, orders and payouts ({@code /api/v1/auth/**}, customer JWT): 404 for a
 * customer who is no affiliate. No customer of any order is shown.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership/affiliate")
class ReportShopperApiController {

    private final CurrentShopper shopper;
    private final ReportService reports;
    private final PayoutService payouts;

    ReportShopperApiController(CurrentShopper shopper, ReportService reports, PayoutService payouts) {
        this.shopper = shopper;
        this.reports = reports;
        this.payouts = payouts;
    }

    @GetMapping("/summary")
    ReportSummary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Shopper current = shopper.get();
        DayPeriod period = reports.period(from, to);
        return reports.report(current.storeCode(), affiliateOf(current), period).summary();
    }

    /** The orders that earned the affiliate a commission, latest first. */
    @GetMapping("/orders")
    PageView<ReportCommissionRow> orders(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Shopper current = shopper.get();
        return PageView.of(reports.commissions(current.storeCode(), affiliateOf(current), null,
                Paging.request(page, size, Sort.unsorted())), row -> row);
    }

    @GetMapping("/payouts")
    PageView<PayoutView> payouts(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Shopper current = shopper.get();
        return PageView.of(payouts.payouts(current.storeCode(), affiliateOf(current),
                Paging.request(page, size, Sort.unsorted())), PayoutView::forAffiliate);
    }

    private long affiliateOf(Shopper current) {
        return reports.affiliateOf(current.storeCode(), current.requireCustomerId());
    }
}
