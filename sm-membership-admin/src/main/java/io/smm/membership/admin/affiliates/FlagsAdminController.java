package io.smm.membership.admin.affiliates;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.ClickBurst;
import io.smm.membership.affiliates.ClickReports;
import io.smm.membership.commissions.ReportCommissionRow;
import io.smm.membership.commissions.ReportService;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.time.DayPeriod;

/**
 * What the owner should look at, over the last 30 days: self-referral commissions page by page, bursts of clicks
 * from one address, and the clicks the tracking ignored, counted by reason.
 */
@Controller
class FlagsAdminController {

    static final String PATH = AdminPaths.AFFILIATES + "/flags";
    static final String PAGE = "membership/affiliates/flags";

    private final CurrentOwner owner;
    private final ReportService reports;
    private final ClickReports clicks;
    private final AffiliateDirectory affiliates;
    private final int pageSize;

    FlagsAdminController(CurrentOwner owner, ReportService reports, ClickReports clicks,
            AffiliateDirectory affiliates, int pageSize) {
        this.owner = owner;
        this.reports = reports;
        this.clicks = clicks;
        this.affiliates = affiliates;
        this.pageSize = pageSize;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        String store = owner.get().storeCode();
        DayPeriod period = clicks.period(null, null);
        Page<ReportCommissionRow> selfReferrals = reports.selfReferrals(store, period,
                Paging.request(Math.max(page, 0), pageSize, Sort.unsorted()));
        List<ClickBurst> bursts = clicks.bursts(store, period);
        model.addAttribute("selfReferrals", selfReferrals.getContent());
        model.addAttribute("pager", Pager.of(selfReferrals, UriComponentsBuilder.fromPath(PATH)));
        model.addAttribute("bursts", bursts);
        model.addAttribute("burstThreshold", String.valueOf(affiliates.termsOf(store).burstClicksPerHour()));
        model.addAttribute("rejects", clicks.rejects(store, period));
        model.addAttribute("from", period.getFrom().toString());
        model.addAttribute("to", period.getTo().toString());
        model.addAttribute("names", names(store, Stream.concat(
                selfReferrals.stream().map(ReportCommissionRow::getAffiliateId),
                bursts.stream().map(ClickBurst::getAffiliateId))));
        return PAGE;
    }

    /** The names of the affiliates flagged, by id; one gone since shows by its id. */
    private Map<Long, String> names(String store, Stream<Long> ids) {
        return ids.distinct().collect(Collectors.toMap(id -> id, id -> affiliates.byId(store, id)
                .map(card -> card.name()).orElse(String.valueOf(id))));
    }
}
