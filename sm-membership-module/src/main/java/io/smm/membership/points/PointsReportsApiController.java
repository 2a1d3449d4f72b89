package io.smm.membership.points;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's points reports ({@code /api/v1/private/**}, admin JWT): one 400 names every broken parameter. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/points")
class PointsReportsApiController {

    private final CurrentOwner owner;
    private final PointsReports reports;

    PointsReportsApiController(CurrentOwner owner, PointsReports reports) {
        this.owner = owner;
        this.reports = reports;
    }

    @GetMapping("/liability")
    LiabilityView liability(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reports.liability(owner.get().storeCode(), from, to);
    }

    @GetMapping("/liability.csv")
    void liabilityCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        PointsReportCsv.writeLiability(reports.liability(owner.get().storeCode(), from, to), response);
    }

    @GetMapping("/expiring")
    ExpiringPage expiring(@RequestParam(required = false) String days, @RequestParam(required = false) String after,
            @RequestParam(required = false) String size) {
        return reports.expiring(owner.get().storeCode(), reports.expiringQuery(days, after, size));
    }

    /** Every member of the list, streamed; the parameters are checked before anything is written. */
    @GetMapping("/expiring.csv")
    void expiringCsv(@RequestParam(required = false) String days, HttpServletResponse response) throws IOException {
        int within = reports.expiringQuery(days, null, null).days();
        reports.writeExpiringCsv(owner.get().storeCode(), within, PointsReportCsv.expiringDownload(response, within));
    }
}
