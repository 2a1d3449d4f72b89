package io.smm.membership.admin.coupons;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.BarChart;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponUsage;
import io.smm.membership.coupons.CouponUsageByDay;
import io.smm.membership.coupons.CouponUsageCsv;
import io.smm.membership.coupons.CouponUsageRow;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;

/**
 * A coupon's usage report: totals, its uses page by page, the CSV file of them all, and redemptions per day drawn
 * on the server as SVG with the same numbers in a table. Dates are shown in the store's time zone.
 */
@Controller
class CouponUsageAdminController {

    static final String PAGE = "membership/coupons/usage";
    /** The periods the page offers; anything else shows the default. */
    static final List<Integer> DAY_CHOICES = List.of(CouponUsage.DEFAULT_DAYS, 90, 365);

    private final CurrentOwner owner;
    private final CouponService coupons;
    private final CouponUsage usage;
    private final MessageSource messages;
    private final int pageSize;

    CouponUsageAdminController(CurrentOwner owner, CouponService coupons, CouponUsage usage, MessageSource messages,
            int pageSize) {
        this.owner = owner;
        this.coupons = coupons;
        this.usage = usage;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping(AdminPaths.COUPONS + "/{id}/usage")
    String page(@PathVariable long id, @RequestParam(required = false) Integer days,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        int shown = days != null && DAY_CHOICES.contains(days) ? days : CouponUsage.DEFAULT_DAYS;
        String store = owner.get().storeCode();
        Coupon coupon = coupons.get(store, id);
        Page<CouponUsageRow> rows = usage.rows(store, id, Paging.request(Math.max(page, 0), pageSize,
                Sort.unsorted()));
        CouponUsageByDay daily = usage.byDay(store, id, shown);
        model.addAttribute("coupon", coupon);
        model.addAttribute("totals", usage.totals(store, id));
        model.addAttribute("rows", rows.getContent());
        model.addAttribute("pager", Pager.of(rows, UriComponentsBuilder
                .fromPath(AdminPaths.COUPONS + "/" + id + "/usage").queryParam("days", shown)));
        model.addAttribute("days", shown);
        model.addAttribute("dayChoices", DAY_CHOICES);
        model.addAttribute("daily", daily);
        model.addAttribute("dailyChart", BarChart.of(daily.getDays(),
                List.of(messages.getMessage("membership.admin.coupon.usage.redemptions", null, locale)),
                List.of(daily.getRedemptions())));
        model.addAttribute("usageTime", new AdminTime(usage.zone()));
        return PAGE;
    }

    /** Every use of the coupon, UTF-8 with a byte order mark so that Excel reads Chinese names. */
    @GetMapping(AdminPaths.COUPONS + "/{id}/usage.csv")
    void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
        String store = owner.get().storeCode();
        usage.writeCsv(store, id, CouponUsageCsv.download(response, coupons.get(store, id).getCode()));
    }
}
