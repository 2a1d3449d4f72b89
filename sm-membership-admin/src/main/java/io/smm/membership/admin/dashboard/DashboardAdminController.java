package io.smm.membership.admin.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.dashboard.DashboardCsv;
import io.smm.membership.dashboard.DashboardPeriod;
import io.smm.membership.dashboard.DashboardService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The owner's dashboard (docs/analytics-dashboard.md), the admin's start page: every panel for a period beside the
 * one before it, as charts and tables whose member figures link to the members behind them; each panel and each
 * list as CSV. A broken period shows next to its fields, every broken field at once, above the last 30 days.
 */
@Controller
@RequestMapping(AdminPaths.DASHBOARD)
class DashboardAdminController {

    static final String PAGE = "membership/dashboard/page";
    static final String MEMBERS_PAGE = "membership/dashboard/members";

    private final CurrentOwner owner;
    private final DashboardService dashboard;
    private final GroupService groups;
    private final StoreCurrencies currencies;
    private final MessageSource messages;
    private final int pageSize;

    DashboardAdminController(CurrentOwner owner, DashboardService dashboard, GroupService groups,
            StoreCurrencies currencies, MessageSource messages, int pageSize) {
        this.owner = owner;
        this.dashboard = dashboard;
        this.groups = groups;
        this.currencies = currencies;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @GetMapping
    String page(@ModelAttribute("periodForm") DashboardForm form, BindingResult errors, Model model, Locale locale) {
        String store = owner.get().storeCode();
        DashboardPeriod period;
        try {
            period = dashboard.period(form.getPreset(), form.getFrom(), form.getTo());
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(errors, presetInOurWords(invalid));
            period = dashboard.period(null, null, null);
        }
        if (!errors.hasErrors() && form.getPreset() == null && form.getFrom() == null && form.getTo() == null) {
            form.setPreset(DashboardPeriod.PRESETS.get(0));
        }
        if (!errors.hasErrors()) {
            form.setFrom(period.getCurrent().getFrom().toString());
            form.setTo(period.getCurrent().getTo().toString());
        }
        PanelViews views = new PanelViews(messages, locale, moneyScale(store), currency(store), period);
        List<PanelView> panels = dashboard.panels(store, period, locale).stream().map(views::of)
                .collect(Collectors.toList());
        model.addAttribute("period", period);
        model.addAttribute("currency", currency(store));
        model.addAttribute("panels", panels);
        model.addAttribute("ordersCountedAt", dashboard.ordersCountedAt(store).orElse(null));
        return PAGE;
    }

    @GetMapping("/panels/{panel}.csv")
    void panelCsv(@PathVariable String panel, @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale,
            HttpServletResponse response) throws IOException {
        DashboardPeriod period = dashboard.period(preset, from, to);
        DashboardCsv.writePanel(dashboard.panel(owner.get().storeCode(), panel, period, locale),
                DashboardCsv.download(response, panel, period));
    }

    /** The members behind a figure, page by page; broken parameters are named on the page above an empty list. */
    @GetMapping("/members")
    String members(@ModelAttribute("figureForm") FigureForm form, BindingResult errors, Model model,
            Locale locale) {
        String store = owner.get().storeCode();
        Page<MemberSummary> found = Page.empty();
        try {
            DashboardService.MembersQuery query = query(store, form, Math.max(0, Optional.ofNullable(form.getPage())
                    .orElse(0)), pageSize);
            if (!errors.hasErrors()) {
                found = dashboard.members(store, query);
                model.addAttribute("query", query);
                model.addAttribute("figureName", messages.getMessage(DashboardMeasures.figure(query.getFigure()),
                        null, locale));
                model.addAttribute("tierName", tierName(store, query.getTier(), locale));
                model.addAttribute("moveFromName", query.getMoveTo() == null ? null
                        : tierName(store, Optional.ofNullable(query.getMoveFrom()).orElseGet(() -> groups
                                .defaultTier(store).map(tier -> tier.getCode()).orElse(null)), locale));
                model.addAttribute("moveToName", tierName(store, query.getMoveTo(), locale));
                model.addAttribute("csv", link(AdminPaths.DASHBOARD + "/members.csv", form).toUriString());
            }
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(errors, invalid);
        }
        model.addAttribute("members", found.getContent());
        model.addAttribute("pager", Pager.of(found, link(PanelViews.MEMBERS, form)));
        boolean ofAnotherPeriod = form.getShownFrom() != null && form.getShownTo() != null;
        String backFrom = ofAnotherPeriod ? form.getShownFrom() : form.getFrom();
        String backTo = ofAnotherPeriod ? form.getShownTo() : form.getTo();
        model.addAttribute("back", UriComponentsBuilder.fromPath(AdminPaths.DASHBOARD)
                .queryParam("from", Optional.ofNullable(backFrom).orElse(""))
                .queryParam("to", Optional.ofNullable(backTo).orElse("")).build().encode().toUriString());
        return MEMBERS_PAGE;
    }

    @GetMapping("/members.csv")
    void membersCsv(@ModelAttribute FigureForm form, HttpServletResponse response) throws IOException {
        String store = owner.get().storeCode();
        DashboardService.MembersQuery query = query(store, form, 0, 1);
        dashboard.writeMembersCsv(store, query, DashboardCsv.membersDownload(response, query));
    }

    private DashboardService.MembersQuery query(String store, FigureForm form, int page, int size) {
        return dashboard.membersQuery(store, form.getFigure(), form.getTier(), form.getMoveFrom(), form.getMoveTo(),
                form.getFrom(), form.getTo(), page, size);
    }

    private static UriComponentsBuilder link(String path, FigureForm form) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("figure", Optional.ofNullable(form.getFigure()))
                .queryParamIfPresent("tier", Optional.ofNullable(form.getTier()))
                .queryParamIfPresent("moveFrom", Optional.ofNullable(form.getMoveFrom()))
                .queryParamIfPresent("moveTo", Optional.ofNullable(form.getMoveTo()))
                .queryParamIfPresent("from", Optional.ofNullable(form.getFrom()))
                .queryParamIfPresent("to", Optional.ofNullable(form.getTo()))
                .queryParamIfPresent("shownFrom", Optional.ofNullable(form.getShownFrom()))
                .queryParamIfPresent("shownTo", Optional.ofNullable(form.getShownTo()));
    }

    /** The module lists the presets by their codes; the page's list names them in the owner's language. */
    private static InvalidInputException presetInOurWords(InvalidInputException invalid) {
        return new InvalidInputException(invalid.violations().stream().map(violation -> "preset".equals(
                violation.field()) ? new Violation("preset", "membership.admin.dashboard.preset.unknown") : violation)
                .collect(Collectors.toList()));
    }

    private String tierName(String store, String code, Locale locale) {
        return code == null ? null : groups.findByCode(store, code).map(tier -> tier.getName().in(locale))
                .orElse(code);
    }

    private int moneyScale(String store) {
        return currencies.of(store).map(MoneyRule::scaleOf).orElse(2);
    }

    private String currency(String store) {
        return currencies.of(store).map(currency -> currency.getCurrencyCode()).orElse("");
    }
}
