package io.smm.membership.rewards;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

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
import io.smm.membership.web.SpreadsheetCsv;

/** The owner's referral report (docs/rewards.md#referral-report): JSON pages, CSV, and one referrer's friends. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/rewards")
class ReferralReportApiController {

    private final CurrentOwner owner;
    private final ReferralReport report;

    ReferralReportApiController(CurrentOwner owner, ReferralReport report) {
        this.owner = owner;
        this.report = report;
    }

    @GetMapping("/referrals")
    PageView<ReferrerRow> referrers(@RequestParam(required = false) String month,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        YearMonth filter = ReferralReport.month(month);
        return PageView.of(report.referrers(owner.get().storeCode(), filter, Paging.request(page, size,
                Sort.unsorted())), row -> row);
    }

    @GetMapping("/referrals.csv")
    void csv(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
        YearMonth filter = ReferralReport.month(month);
        Writer out = SpreadsheetCsv.download(response, "referrals" + (filter == null ? "" : "-" + filter));
        report.writeCsv(owner.get().storeCode(), filter, out);
    }

    @GetMapping("/referrals/{referrerId}")
    List<Map<String, Object>> friends(@PathVariable long referrerId) {
        return report.friendsOf(owner.get().storeCode(), referrerId);
    }
}
