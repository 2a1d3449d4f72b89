package io.smm.membership.dashboard;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.PageView;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/**
 * The owner's dashboard as JSON and CSV ({@code /api/v1/private/**}, admin JWT): every panel or one, for a period
 * ({@code preset}, else {@code from} and {@code to}), and the members behind a figure. A broken parameter answers
 * 400 naming every broken one.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/dashboard")
class DashboardApiController {

    private final CurrentOwner owner;
    private final DashboardService dashboard;

    DashboardApiController(CurrentOwner owner, DashboardService dashboard) {
        this.owner = owner;
        this.dashboard = dashboard;
    }

    @GetMapping
    DashboardView all(@RequestParam(required = false) String preset, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletRequest request) {
        DashboardPeriod period = dashboard.period(preset, from, to);
        String store = owner.get().storeCode();
        return new DashboardView(period, dashboard.panels(store, period, RequestLocale.of(request)),
                dashboard.ordersCountedAt(store).orElse(null));
    }

    @GetMapping("/panels/{panel}")
    DashboardView panel(@PathVariable String panel, @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request) {
        DashboardPeriod period = dashboard.period(preset, from, to);
        String store = owner.get().storeCode();
        return new DashboardView(period, List.of(dashboard.panel(store, panel, period, RequestLocale.of(request))),
                dashboard.ordersCountedAt(store).orElse(null));
    }

    @GetMapping("/panels/{panel}.csv")
    void panelCsv(@PathVariable String panel, @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        DashboardPeriod period = dashboard.period(preset, from, to);
        DashboardPanel found = dashboard.panel(owner.get().storeCode(), panel, period, RequestLocale.of(request));
        DashboardCsv.writePanel(found, DashboardCsv.download(response, panel, period));
    }

    @GetMapping("/members")
    PageView<MemberSummary> members(@RequestParam(required = false) String figure,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String moveFrom,
            @RequestParam(required = false) String moveTo, @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        String store = owner.get().storeCode();
        return PageView.of(dashboard.members(store, dashboard.membersQuery(store, figure, tier, moveFrom, moveTo,
                preset, from, to, page, size)), member -> member);
    }

    @GetMapping("/members.csv")
    void membersCsv(@RequestParam(required = false) String figure, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String moveFrom, @RequestParam(required = false) String moveTo,
            @RequestParam(required = false) String preset, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        String store = owner.get().storeCode();
        DashboardService.MembersQuery query = dashboard.membersQuery(store, figure, tier, moveFrom, moveTo, preset,
                from, to, 0, 1);
        dashboard.writeMembersCsv(store, query, DashboardCsv.membersDownload(response, query));
    }
}
