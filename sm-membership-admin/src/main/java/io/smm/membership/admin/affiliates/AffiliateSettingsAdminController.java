package io.smm.membership.admin.affiliates;

import java.util.Map;

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
import io.smm.membership.affiliates.AffiliateSettingsService;
import io.smm.membership.affiliates.AttributionModel;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;

/**
 * The store's affiliate settings as one form, saved all together: every value out of its range is shown next to
 * its field and nothing is saved.
 */
@Controller
@RequestMapping(AffiliateSettingsAdminController.PATH)
class AffiliateSettingsAdminController {

    static final String PATH = AdminPaths.AFFILIATES + "/settings";
    static final String PAGE = "membership/affiliates/settings";
    static final String FORM_OBJECT = "affiliateSettingsForm";

    private final CurrentOwner owner;
    private final AffiliateSettingsService settings;

    AffiliateSettingsAdminController(CurrentOwner owner, AffiliateSettingsService settings) {
        this.owner = owner;
        this.settings = settings;
    }

    @GetMapping
    String page(Model model) {
        Map<String, Object> current = settings.get(owner.get().storeCode());
        model.addAttribute(FORM_OBJECT, AffiliateSettingsForm.of(current));
        return form(model);
    }

    @PostMapping
    String save(@ModelAttribute(FORM_OBJECT) AffiliateSettingsForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        FieldErrors.markUnbound(result, form);
        try {
            settings.save(owner.get().storeCode(), form);
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(model);
        }
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.settings.saved"));
        return "redirect:" + PATH;
    }

    private String form(Model model) {
        model.addAttribute("models", AttributionModel.values());
        return PAGE;
    }
}
