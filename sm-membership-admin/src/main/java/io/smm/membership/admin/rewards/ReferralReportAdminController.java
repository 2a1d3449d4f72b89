package io.smm.membership.admin.rewards;

import java.io.IOException;
import java.time.YearMonth;

import javax.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.rewards.ReferralReport;
import io.smm.membership.rewards.ReferrerRow;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;

/** The referral report: per member who invited, their friends by what became of them, by month; and its CSV. */
@Controller
class ReferralReportAdminController {

    static final String PATH = AdminPaths.REWARDS + "/referrals";
    static final String PAGE = "membership/rewards/referrals";

    private final CurrentOwner owner;
    private final ReferralReport report;
    private final int pageSize;

    ReferralReportAdminController(CurrentOwner owner, ReferralReport report, int pageSize) {
        this.owner = owner;
        this.report = report;
        this.pageSize = pageSize;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "") String month, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("month", month);
        try {
            YearMonth filter = ReferralReport.month(month);
            Page<ReferrerRow> rows = report.referrers(owner.get().storeCode(), filter,
                    Paging.request(Math.max(page, 0), pageSize, Sort.unsorted()));
            model.addAttribute("rows", rows.getContent());
            model.addAttribute("pager", Pager.of(rows, UriComponentsBuilder.fromPath(PATH)
                    .queryParam("month", month)));
            model.addAttribute("csv", UriComponentsBuilder.fromPath(PATH + ".csv").queryParam("month", month)
                    .toUriString());
        } catch (InvalidInputException unreadable) {
            model.addAttribute("monthError", unreadable.violations().get(0).code());
        }
        return PAGE;
    }

    @GetMapping(PATH + ".csv")
    void csv(@RequestParam(defaultValue = "") String month, HttpServletResponse response) throws IOException {
        YearMonth filter = ReferralReport.month(month);
        report.writeCsv(owner.get().storeCode(), filter, SpreadsheetCsv.download(response, "referrals"
                + (filter == null ? "" : "-" + filter)));
    }
}
