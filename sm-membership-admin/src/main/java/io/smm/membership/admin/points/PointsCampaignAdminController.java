package io.smm.membership.admin.points;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.catalog.CatalogLabels;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.points.PointsCampaignService;
import io.smm.membership.points.PointsCampaignView;
import io.smm.membership.web.InvalidInputException;

/**
 * The store's points campaigns: the list, one form to create or edit, and delete; times in the store's zone,
 * categories by their names in the page's language.
 */
@Controller
@RequestMapping(PointsPaths.CAMPAIGNS)
class PointsCampaignAdminController {

    static final String FORM_OBJECT = "pointsCampaignForm";

    private final CurrentOwner owner;
    private final PointsCampaignService campaigns;
    private final GroupService groups;
    private final CatalogLookupService catalog;

    PointsCampaignAdminController(CurrentOwner owner, PointsCampaignService campaigns, GroupService groups,
            CatalogLookupService catalog) {
        this.owner = owner;
        this.campaigns = campaigns;
        this.groups = groups;
        this.catalog = catalog;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        String store = owner.get().storeCode();
        List<PointsCampaignView> found = campaigns.list(store);
        model.addAttribute("campaigns", found);
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(catalog, store, locale, List.of(),
                found.stream().flatMap(campaign -> campaign.getCategoryIds().stream()).distinct()
                        .collect(Collectors.toList())));
        model.addAttribute("groupsById", groups.list(store).stream()
                .collect(Collectors.toMap(MemberGroup::getId, group -> group)));
        model.addAttribute("timeZone", campaigns.zone().getId());
        return "membership/points/campaigns";
    }

    @GetMapping("/new")
    String create(Model model, Locale locale) {
        model.addAttribute(FORM_OBJECT, new PointsCampaignForm());
        return form(null, model, locale);
    }

    @PostMapping("/new")
    String create(@ModelAttribute(FORM_OBJECT) PointsCampaignForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes flash) {
        return save(null, form, result, model, locale, flash);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute(FORM_OBJECT, PointsCampaignForm.of(campaigns.get(owner.get().storeCode(), id)));
        return form(id, model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) PointsCampaignForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        return save(id, form, result, model, locale, flash);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        campaigns.delete(owner.get().storeCode(), id);
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.points.campaigns.deleted"));
        return "redirect:" + PointsPaths.CAMPAIGNS;
    }

    private String save(Long id, PointsCampaignForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        String store = owner.get().storeCode();
        FieldErrors.markUnbound(result, form);
        form.read();
        try {
            if (id == null) {
                campaigns.create(store, form);
            } else {
                campaigns.update(store, id, form);
            }
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid, PointsCampaignAdminController::formField);
            return form(id, model, locale);
        }
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.points.campaigns.saved"));
        return "redirect:" + PointsPaths.CAMPAIGNS;
    }

    /** The form field where a draft field was entered. */
    private static String formField(String draftField) {
        switch (draftField) {
        case "startsAt":
            return "starts";
        case "endsAt":
            return "ends";
        case "categoryIds":
            return "categories";
        default:
            return draftField;
        }
    }

    /** The form page, with the names of the categories its field holds, as entered or as saved. */
    private String form(Long id, Model model, Locale locale) {
        String store = owner.get().storeCode();
        PointsCampaignForm form = (PointsCampaignForm) model.getAttribute(FORM_OBJECT);
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(catalog, store, locale, List.of(),
                CatalogLabels.idsIn(form.getCategories())));
        model.addAttribute("campaignId", id);
        model.addAttribute("groups", groups.list(store));
        model.addAttribute("timeZone", campaigns.zone().getId());
        return "membership/points/campaign-form";
    }
}
