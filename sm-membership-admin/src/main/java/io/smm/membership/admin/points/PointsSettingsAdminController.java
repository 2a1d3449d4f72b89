package io.smm.membership.admin.points;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.points.PointsTerms;
import io.smm.membership.web.InvalidInputException;

/** The store's points settings as one form, a multiplier per tier included; nothing saved while a field is wrong. */
@Controller
@RequestMapping(PointsPaths.SETTINGS)
class PointsSettingsAdminController {

    static final String FORM_OBJECT = "pointsSettingsForm";

    private final CurrentOwner owner;
    private final PointsSettingsService settings;
    private final GroupService groups;

    PointsSettingsAdminController(CurrentOwner owner, PointsSettingsService settings, GroupService groups) {
        this.owner = owner;
        this.settings = settings;
        this.groups = groups;
    }

    @GetMapping
    String page(Model model) {
        String store = owner.get().storeCode();
        model.addAttribute(FORM_OBJECT, PointsSettingsForm.of(settings.view(store), tiers(store)));
        return form(store, model);
    }

    @PostMapping
    String save(@ModelAttribute(FORM_OBJECT) PointsSettingsForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        String store = owner.get().storeCode();
        FieldErrors.markUnbound(result, form);
        try {
            settings.save(store, form);
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(store, model);
        }
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.points.settings.saved"));
        return "redirect:" + PointsPaths.SETTINGS;
    }

    private String form(String store, Model model) {
        model.addAttribute("tiers", tiers(store).stream()
                .collect(Collectors.toMap(MemberGroup::getId, tier -> tier)));
        model.addAttribute("expiryModes", PointsTerms.ExpiryMode.values());
        model.addAttribute("expiryPeriods", PointsTerms.Period.values());
        return "membership/points/settings";
    }

    private List<MemberGroup> tiers(String store) {
        return groups.list(store).stream().filter(MemberGroup::isTier).collect(Collectors.toList());
    }
}
