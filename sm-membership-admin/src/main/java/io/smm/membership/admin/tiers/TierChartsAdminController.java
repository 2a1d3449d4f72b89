package io.smm.membership.admin.tiers;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.BarChart;
import io.smm.membership.groups.GroupService;
import io.smm.membership.tiers.TierChartView;
import io.smm.membership.tiers.TierCharts;
import io.smm.membership.identity.CurrentOwner;

/**
 * The owner's tier charts, drawn on the server as SVG with the same numbers in plain tables: members per tier
 * above the default tier at each month's end, and moves up and down per month.
 */
@Controller
@RequestMapping(TierChartsAdminController.PATH)
class TierChartsAdminController {

    static final String PATH = AdminPaths.TIERS + "/charts";
    static final String PAGE = "membership/tiers/charts";
    /** The months the page offers; anything else shows the default. */
    static final List<Integer> MONTH_CHOICES = List.of(6, 12, 24);

    private final CurrentOwner owner;
    private final TierCharts charts;
    private final GroupService groups;
    private final MessageSource messages;

    TierChartsAdminController(CurrentOwner owner, TierCharts charts, GroupService groups, MessageSource messages) {
        this.owner = owner;
        this.charts = charts;
        this.groups = groups;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer months, Model model, Locale locale) {
        int shown = months != null && MONTH_CHOICES.contains(months) ? months : TierCharts.DEFAULT_MONTHS;
        String store = owner.get().storeCode();
        TierChartView chart = charts.chart(store, shown, locale);
        List<TierChartView.TierSeries> tiers = chart.getTiers();
        model.addAttribute("chart", chart);
        model.addAttribute("months", shown);
        model.addAttribute("monthChoices", MONTH_CHOICES);
        model.addAttribute("defaultTierName", groups.defaultTier(store).map(tier -> tier.getName().in(locale))
                .orElse(null));
        model.addAttribute("membersChart", BarChart.of(chart.getMonths(),
                tiers.stream().map(TierChartView.TierSeries::getName).collect(Collectors.toList()),
                tiers.stream().map(TierChartView.TierSeries::getCounts).collect(Collectors.toList())));
        model.addAttribute("movesChart", BarChart.of(chart.getMonths(),
                List.of(text("membership.admin.tier-charts.upgrades", locale),
                        text("membership.admin.tier-charts.downgrades", locale)),
                List.of(chart.getUpgrades(), chart.getDowngrades())));
        return PAGE;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
