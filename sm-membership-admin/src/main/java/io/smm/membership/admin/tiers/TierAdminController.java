package io.smm.membership.admin.tiers;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.tiers.SpendBackfill;
import io.smm.membership.tiers.TierJob;
import io.smm.membership.tiers.TierRule;
import io.smm.membership.tiers.TierJobSchedule;
import io.smm.membership.tiers.TierPreviewer;
import io.smm.membership.tiers.TierService;
import io.smm.membership.tiers.TierSettings;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;

/**
 * A store's tiers that move by spend: the settings and the whole ladder in one form, saved all or nothing; how
 * the daily job and the backfill of older orders last went, and buttons that start them in the background; while
 * one runs (or was just started) its card refreshes itself.
 */
@Controller
@RequestMapping(AdminPaths.TIERS)
class TierAdminController {

    static final String PAGE = "membership/tiers/page";
    static final String FORM_OBJECT = "tierSetupForm";
    /** How often the job and backfill cards refresh themselves while one runs. */
    static final int REFRESH_SECONDS = 2;

    private final CurrentOwner owner;
    private final TierService tiers;
    private final GroupService groups;
    private final TierJob job;
    private final SpendBackfill backfill;
    private final TierJobSchedule schedule;
    private final TierPreviewer previewer;

    TierAdminController(CurrentOwner owner, TierService tiers, GroupService groups, TierJob job,
            SpendBackfill backfill, TierJobSchedule schedule, TierPreviewer previewer) {
        this.owner = owner;
        this.tiers = tiers;
        this.groups = groups;
        this.job = job;
        this.backfill = backfill;
        this.schedule = schedule;
        this.previewer = previewer;
    }

    @PostMapping("/job")
    String runJob(RedirectAttributes flash) {
        schedule.runJobNow(owner.get().storeCode());
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.tiers.job.started"));
        flash.addFlashAttribute("tierJobStarted", true);
        return "redirect:" + AdminPaths.TIERS;
    }

    @PostMapping("/backfill")
    String runBackfill(RedirectAttributes flash) {
        schedule.runBackfillNow(owner.get().storeCode());
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.tiers.backfill.started"));
        flash.addFlashAttribute("tierBackfillStarted", true);
        return "redirect:" + AdminPaths.TIERS;
    }

    @GetMapping
    String page(Model model, Locale locale) {
        String store = owner.get().storeCode();
        model.addAttribute(FORM_OBJECT, TierSetupForm.of(tiers.settings(store), tiers.rules(store), ladder(store)));
        return page(store, model, locale);
    }

    @PostMapping
    String save(@ModelAttribute(FORM_OBJECT) TierSetupForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        String store = owner.get().storeCode();
        return checked(store, form, result, () -> {
            tiers.save(store, form.settings(), form.ladder());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.tiers.saved"));
            return "redirect:" + AdminPaths.TIERS;
        }, model, locale);
    }

    /** What saving the form would do to the members now; nothing is saved, the form stays as entered. */
    @PostMapping("/preview")
    String preview(@ModelAttribute(FORM_OBJECT) TierSetupForm form, BindingResult result, Model model,
            Locale locale) {
        String store = owner.get().storeCode();
        return checked(store, form, result, () -> {
            model.addAttribute("preview", previewer.preview(store, form.settings(), form.ladder()));
            return page(store, model, locale);
        }, model, locale);
    }

    /** Runs {@code action} when the form is readable and the module accepts it; the page with errors otherwise. */
    private String checked(String store, TierSetupForm form, BindingResult result, Supplier<String> action,
            Model model, Locale locale) {
        if (!form.isLifetime() && form.getWindowDays() == null && !result.hasFieldErrors("windowDays")) {
            result.rejectValue("windowDays", "membership.admin.tiers.window-days.required");
        }
        FieldErrors.markUnbound(result, form);
        try {
            return action.get();
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, form.onRows(invalid));
            return page(store, model, locale);
        }
    }

    private String page(String store, Model model, Locale locale) {
        Map<String, GroupView> names = ladder(store).stream().map(tier -> GroupView.of(tier, locale))
                .collect(Collectors.toMap(GroupView::getCode, Function.identity()));
        model.addAttribute("tierNames", names);
        model.addAttribute("statuses", TierSettings.HOST_STATUSES);
        model.addAttribute("windowKinds", TierRule.WindowKind.values());
        model.addAttribute("job", job.state(store));
        model.addAttribute("backfill", backfill.progress(store));
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        return PAGE;
    }

    private List<MemberGroup> ladder(String store) {
        return groups.list(store).stream().filter(MemberGroup::isTier)
                .sorted(Comparator.comparing(MemberGroup::getRank)).collect(Collectors.toList());
    }
}
