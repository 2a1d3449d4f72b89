package io.smm.membership.admin.access;

import java.time.ZoneId;
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

import io.smm.membership.access.AudienceView;
import io.smm.membership.access.BeforeOpening;
import io.smm.membership.access.CategoryAccessEntry;
import io.smm.membership.access.CategoryAccessOverview;
import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;

/**
 * One category's rules: per audience and permission inherited, allowed, denied or allowed from a date and time of
 * the store, and what a browse that opens later shows before. Saved all or nothing by the owner service, whose
 * violations show next to the cells they are about.
 */
@Controller
@RequestMapping(AdminPaths.CATEGORY_ACCESS + "/{categoryId}")
class CategoryRulesAdminController {

    static final String PAGE = "membership/category-access/rules";
    static final String FORM_OBJECT = "categoryRulesForm";

    private final CurrentOwner owner;
    private final CategoryAccessOwnerService access;
    private final ZoneId storeZone;

    CategoryRulesAdminController(CurrentOwner owner, CategoryAccessOwnerService access, ZoneId storeZone) {
        this.owner = owner;
        this.access = access;
        this.storeZone = storeZone;
    }

    @GetMapping
    String page(@PathVariable long categoryId, Model model, Locale locale) {
        String store = owner.get().storeCode();
        CategoryAccessEntry entry = access.entry(store, categoryId, locale);
        CategoryAccessOverview overview = access.overview(store, locale);
        model.addAttribute(FORM_OBJECT, CategoryRulesForm.of(entry, overview.getAudiences().stream()
                .map(AudienceView::getKey).collect(Collectors.toList())));
        return page(entry, overview, model);
    }

    @PostMapping
    String save(@PathVariable long categoryId, @ModelAttribute(FORM_OBJECT) CategoryRulesForm form,
            BindingResult result, Model model, Locale locale, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        CategoryAccessEntry entry = access.entry(store, categoryId, locale);
        try {
            CategoryAccessEntry saved = access.save(store, categoryId, form.toDraft(result), locale);
            flash.addFlashAttribute(Notice.ATTRIBUTE,
                    Notice.success("membership.admin.category-access.saved", saved.getName()));
            return "redirect:" + AdminPaths.CATEGORY_ACCESS + "/" + categoryId;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid, form::formField);
            return page(entry, access.overview(store, locale), model);
        }
    }

    private String page(CategoryAccessEntry entry, CategoryAccessOverview overview, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("audiences", AccessPages.audiences(overview));
        model.addAttribute("names", AccessPages.names(overview));
        model.addAttribute("choices", CategoryRulesForm.Choice.values());
        model.addAttribute("beforeOpeningOptions", BeforeOpening.values());
        model.addAttribute("storeZone", storeZone.getId());
        return PAGE;
    }
}
