package io.smm.membership.admin.affiliates;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import javax.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.admin.web.PeriodForm;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliateListItem;
import io.smm.membership.affiliates.AffiliateService;
import io.smm.membership.affiliates.AffiliateStatus;
import io.smm.membership.affiliates.AffiliateView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.InvalidInputException;

/**
 * The store's affiliates: the list with its search and status filter, the form to create one, and one affiliate's
 * page with its report over a period (and its CSV), its form, and suspend or activate.
 */
@Controller
class AffiliateAdminController {

    static final String LIST = "membership/affiliates/list";
    static final String NEW = "membership/affiliates/new";
    static final String DETAIL = "membership/affiliates/detail";
    static final String FORM_OBJECT = "affiliateForm";

    private final CurrentOwner owner;
    private final AffiliateService affiliates;
    private final AffiliateDirectory directory;
    private final AffiliateReports reports;
    private final int pageSize;

    AffiliateAdminController(CurrentOwner owner, AffiliateService affiliates, AffiliateDirectory directory,
            AffiliateReports reports, int pageSize) {
        this.owner = owner;
        this.affiliates = affiliates;
        this.directory = directory;
        this.reports = reports;
        this.pageSize = pageSize;
    }

    /** Newest first; {@code q} matches name, e-mail or any tracking id; a status the list does not know is none. */
    @GetMapping(AdminPaths.AFFILIATES)
    String list(@RequestParam(required = false) String q, @RequestParam(name = "status", required = false)
            String statusName, @RequestParam(defaultValue = "0") int page, Model model) {
        AffiliateStatus status = Arrays.stream(AffiliateStatus.values())
                .filter(value -> value.name().equalsIgnoreCase(statusName == null ? "" : statusName.trim()))
                .findFirst().orElse(null);
        String store = owner.get().storeCode();
        Page<AffiliateListItem> found = affiliates.search(store, q, status, Paging.request(Math.max(page, 0),
                pageSize, Sort.by(Sort.Order.desc("id"))));
        model.addAttribute("affiliates", found.getContent());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AffiliateStatus.values());
        model.addAttribute("defaultRate", directory.termsOf(store).defaultRate().stripTrailingZeros()
                .toPlainString());
        model.addAttribute("pager", Pager.of(found, UriComponentsBuilder.fromPath(AdminPaths.AFFILIATES)
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("status", Optional.ofNullable(status))));
        return LIST;
    }

    @GetMapping(AdminPaths.AFFILIATES + "/new")
    String createForm(Model model) {
        model.addAttribute(FORM_OBJECT, AffiliateForm.blank());
        return newPage(model);
    }

    @PostMapping(AdminPaths.AFFILIATES + "/new")
    String create(@ModelAttribute(FORM_OBJECT) AffiliateForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        Owner current = owner.get();
        try {
            AffiliateView created = affiliates.create(current.storeCode(), form.toDraft(result, true),
                    current.name());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.created",
                    created.getName(), created.getTrackingId()));
            return "redirect:" + AdminPaths.AFFILIATES + "/" + created.getId();
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid, form::formField);
            return newPage(model);
        }
    }

    /** The affiliate, its report over the period asked for (the last 30 days without one) and its form. */
    @GetMapping(AdminPaths.AFFILIATES + "/{id}")
    String detail(@PathVariable long id, @ModelAttribute(AffiliateReports.PERIOD_FORM) PeriodForm period,
            BindingResult periodErrors, Model model, Locale locale) {
        String store = owner.get().storeCode();
        AffiliateView affiliate = affiliates.get(store, id);
        model.addAttribute(FORM_OBJECT, AffiliateForm.of(affiliate));
        reports.addTo(model, store, id, period, periodErrors, locale);
        return detailPage(affiliate, model);
    }

    /** Saves the form; a new tracking id keeps the old one working. Broken fields show next to themselves. */
    @PostMapping(AdminPaths.AFFILIATES + "/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) AffiliateForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        try {
            AffiliateView saved = affiliates.update(store, id, form.toDraft(result, false));
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.saved",
                    saved.getName()));
            return "redirect:" + AdminPaths.AFFILIATES + "/" + id;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid, form::formField);
            reports.addLastDays(model, store, id, locale);
            return detailPage(affiliates.get(store, id), model);
        }
    }

    @PostMapping(AdminPaths.AFFILIATES + "/{id}/suspend")
    String suspend(@PathVariable long id, RedirectAttributes flash) {
        Owner current = owner.get();
        AffiliateView suspended = affiliates.suspend(current.storeCode(), id, current.name());
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.suspended",
                suspended.getName()));
        return "redirect:" + AdminPaths.AFFILIATES + "/" + id;
    }

    @PostMapping(AdminPaths.AFFILIATES + "/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes flash) {
        Owner current = owner.get();
        AffiliateView active = affiliates.activate(current.storeCode(), id, current.name());
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.activated",
                active.getName()));
        return "redirect:" + AdminPaths.AFFILIATES + "/" + id;
    }

    /** The report's days as CSV, as the owner's JSON gives them. */
    @GetMapping(AdminPaths.AFFILIATES + "/{id}/report.csv")
    void reportCsv(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        reports.writeCsv(owner.get().storeCode(), id, from, to, response);
    }

    private String newPage(Model model) {
        model.addAttribute("statuses", new AffiliateStatus[] { AffiliateStatus.ACTIVE, AffiliateStatus.APPLIED,
                AffiliateStatus.SUSPENDED });
        return NEW;
    }

    /** The affiliate's short link as it shares it: on the address this page is served from. */
    private String detailPage(AffiliateView affiliate, Model model) {
        model.addAttribute("affiliate", affiliate);
        model.addAttribute("shortLink", affiliate.getTrackingId() == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().path("/a/{id}")
                        .buildAndExpand(affiliate.getTrackingId()).toUriString());
        return DETAIL;
    }
}
