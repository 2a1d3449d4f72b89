package io.smm.membership.commissions;

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
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.MembershipApi;

/** The owner's reports on affiliates, their commissions and self-referral flags ({@code /api/v1/private/**}). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/affiliates")
class ReportApiController {

    private final CurrentOwner owner;
    private final ReportService reports;

    ReportApiController(CurrentOwner owner, ReportService reports) {
        this.owner = owner;
        this.reports = reports;
    }

    @GetMapping("/{id}/report")
    ReportView report(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return reports.report(owner.get().storeCode(), id, reports.period(from, to));
    }

    /** The report's days as {@link ReportCsv}. */
    @GetMapping("/{id}/report.csv")
    void reportCsv(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        DayPeriod period = reports.period(from, to);
        ReportView report = reports.report(owner.get().storeCode(), id, period);
        ReportCsv.write(report, ReportCsv.download(response, id, period));
    }

    @GetMapping("/commissions")
    PageView<ReportCommissionRow> commissions(@RequestParam(required = false) Long affiliateId,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(reports.commissions(owner.get().storeCode(), affiliateId, state,
                Paging.request(page, size, Sort.unsorted())), row -> row);
    }

    @GetMapping("/flags/self-referral")
    PageView<ReportCommissionRow> selfReferrals(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(reports.selfReferrals(owner.get().storeCode(), reports.period(from, to),
                Paging.request(page, size, Sort.unsorted())), row -> row);
    }
}
