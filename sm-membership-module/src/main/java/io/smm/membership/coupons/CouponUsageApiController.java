package io.smm.membership.coupons;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** A coupon's usage report for its owner, beside the coupon endpoints ({@code /api/v1/private/**}, admin JWT). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/coupons/{id}")
class CouponUsageApiController {

    private final CurrentOwner owner;
    private final CouponUsage usage;
    private final CouponService coupons;

    CouponUsageApiController(CurrentOwner owner, CouponUsage usage, CouponService coupons) {
        this.owner = owner;
        this.usage = usage;
        this.coupons = coupons;
    }

    /** The totals and one page of uses, latest first. */
    @GetMapping("/usage")
    UsageView usage(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        String store = owner.get().storeCode();
        PageView<CouponUsageRow> rows = PageView.of(usage.rows(store, id, Paging.request(page, size, Sort.unsorted())),
                row -> row);
        return new UsageView(usage.totals(store, id), rows);
    }

    /** Redemptions per day over the last {@code days} days (1 to 366) in the store's time zone. */
    @GetMapping("/usage/daily")
    CouponUsageByDay daily(@PathVariable long id, @RequestParam(defaultValue = "" + CouponUsage.DEFAULT_DAYS)
            int days) {
        return usage.byDay(owner.get().storeCode(), id, days);
    }

    /** Every use as {@link CouponUsageCsv}, written as it is read. */
    @GetMapping("/usage.csv")
    void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
        String store = owner.get().storeCode();
        usage.writeCsv(store, id, CouponUsageCsv.download(response, coupons.get(store, id).getCode()));
    }

    /** The report's first screen: totals, then the page of uses. */
    static final class UsageView {

        private final CouponUsageTotals totals;
        private final PageView<CouponUsageRow> redemptions;

        UsageView(CouponUsageTotals totals, PageView<CouponUsageRow> redemptions) {
            this.totals = totals;
            this.redemptions = redemptions;
        }

        public CouponUsageTotals getTotals() {
            return totals;
        }

        public PageView<CouponUsageRow> getRedemptions() {
            return redemptions;
        }
    }
}
