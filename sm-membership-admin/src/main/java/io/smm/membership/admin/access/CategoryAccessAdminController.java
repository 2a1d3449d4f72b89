package io.smm.membership.admin.access;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.access.CategoryAccessOverview;
import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.access.MultiCategory;
import io.smm.membership.access.Permission;
import io.smm.membership.access.Unlisted;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;

/**
 * The store's category tree with who may browse, see the price of and buy each category, per audience the owner
 * chose to show, and the store's two settings as a form above it.
 */
@Controller
@RequestMapping(AdminPaths.CATEGORY_ACCESS)
class CategoryAccessAdminController {

    static final String PAGE = "membership/category-access/page";
    static final String SETTINGS_FORM = "accessSettingsForm";

    private final CurrentOwner owner;
    private final CategoryAccessOwnerService access;

    CategoryAccessAdminController(CurrentOwner owner, CategoryAccessOwnerService access) {
        this.owner = owner;
        this.access = access;
    }

    /** @param show the keys of the audiences to show as columns; none: guests, members and the groups with rules */
    @GetMapping
    String page(@RequestParam(required = false) List<String> show, Model model, Locale locale) {
        String store = owner.get().storeCode();
        model.addAttribute(SETTINGS_FORM, AccessSettingsForm.of(access.settings(store)));
        return page(store, show, model, locale);
    }

    @PostMapping("/settings")
    String saveSettings(@ModelAttribute(SETTINGS_FORM) AccessSettingsForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        FieldErrors.markUnbound(result, form);
        try {
            access.saveSettings(store, form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.category-access.settings.saved"));
            return "redirect:" + AdminPaths.CATEGORY_ACCESS;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return page(store, null, model, locale);
        }
    }

    private String page(String store, List<String> show, Model model, Locale locale) {
        CategoryAccessOverview overview = access.overview(store, locale);
        model.addAttribute("categories", overview.getCategories());
        model.addAttribute("audiences", overview.getAudiences());
        model.addAttribute("shown", AccessPages.shown(overview, show));
        model.addAttribute("names", AccessPages.names(overview));
        model.addAttribute("permissions", Permission.values());
        model.addAttribute("unlistedOptions", Unlisted.values());
        model.addAttribute("multiCategoryOptions", MultiCategory.values());
        return PAGE;
    }
}
