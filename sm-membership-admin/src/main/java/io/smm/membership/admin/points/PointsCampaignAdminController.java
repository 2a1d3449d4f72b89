package io.smm.membership.admin.points;

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

import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.points.PointsCampaignService;
import io.smm.membership.web.InvalidInputException;

/** The store's points campaigns: the list, one form to create or edit, and delete; times in the store's zone. */
@Controller
@RequestMapping(PointsPaths.CAMPAIGNS)
class PointsCampaignAdminController {

    static final String FORM_OBJECT = "pointsCampaignForm";

    private final CurrentOwner owner;
    private final PointsCampaignService campaigns;
    private final GroupService groups;

    PointsCampaignAdminController(CurrentOwner owner, PointsCampaignService campaigns, GroupService groups) {
        this.owner = owner;
        this.campaigns = campaigns;
        this.groups = groups;
    }

    @GetMapping
    String list(Model model) {
        String store = owner.get().storeCode();
        model.addAttribute("campaigns", campaigns.list(store));
        model.addAttribute("groupsById", groups.list(store).stream()
                .collect(Collectors.toMap(MemberGroup::getId, group -> group)));
        model.addAttribute("timeZone", campaigns.zone().getId());
        return "membership/points/campaigns";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(FORM_OBJECT, new PointsCampaignForm());
        return form(null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute(FORM_OBJECT) PointsCampaignForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        return save(null, form, result, model, flash);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute(FORM_OBJECT, PointsCampaignForm.of(campaigns.get(owner.get().storeCode(), id)));
        return form(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) PointsCampaignForm form, BindingResult result,
            Model model, RedirectAttributes flash) {
        return save(id, form, result, model, flash);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        campaigns.delete(owner.get().storeCode(), id);
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.points.campaigns.deleted"));
        return "redirect:" + PointsPaths.CAMPAIGNS;
    }

    private String save(Long id, PointsCampaignForm form, BindingResult result, Model model,
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
            return form(id, model);
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

    private String form(Long id, Model model) {
        model.addAttribute("campaignId", id);
        model.addAttribute("groups", groups.list(owner.get().storeCode()));
        model.addAttribute("timeZone", campaigns.zone().getId());
        return "membership/points/campaign-form";
    }
}
