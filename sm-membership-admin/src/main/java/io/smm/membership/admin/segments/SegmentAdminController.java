package io.smm.membership.admin.segments;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.catalog.CatalogLabels;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.analytics.RfmSegment;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.segments.SegmentDraft;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.segments.SegmentView;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * Saved segments: the list with each segment's members counted now, one form to create or edit a segment over
 * every filter the module knows (every broken field shown next to it in one answer), and delete.
 */
@Controller
class SegmentAdminController {

    static final String LIST = "membership/segments/list";
    static final String FORM = "membership/segments/form";
    static final String FORM_OBJECT = "segmentForm";
    private static final String UPSIDE_DOWN = "membership.segment.range.upside-down";
    private static final String UPSIDE_DOWN_ON_PAGE = "membership.admin.segment.range.upside-down";

    private final CurrentOwner owner;
    private final SegmentService segments;
    private final GroupService groups;
    private final CatalogLookupService catalog;

    SegmentAdminController(CurrentOwner owner, SegmentService segments, GroupService groups,
            CatalogLookupService catalog) {
        this.owner = owner;
        this.segments = segments;
        this.groups = groups;
        this.catalog = catalog;
    }

    /** Registration dates come as a date input sends them (2026-05-01), whatever the page's language. */
    @InitBinder(FORM_OBJECT)
    void bindIsoDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                try {
                    setValue(text == null || text.isBlank() ? null : LocalDate.parse(text.strip()));
                } catch (DateTimeParseException unreadable) {
                    throw new IllegalArgumentException(unreadable);
                }
            }
        });
    }

    @GetMapping(AdminPaths.SEGMENTS)
    String list(Model model) {
        String store = owner.get().storeCode();
        model.addAttribute("segments", segments.list(store));
        model.addAttribute("scoredAt", segments.scoredAt(store).orElse(null));
        return LIST;
    }

    @GetMapping(AdminPaths.SEGMENTS + "/new")
    String createForm(Model model, Locale locale) {
        model.addAttribute(FORM_OBJECT, new SegmentDraft());
        return form(model, locale, null);
    }

    @PostMapping(AdminPaths.SEGMENTS + "/new")
    String create(@ModelAttribute(FORM_OBJECT) SegmentDraft form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        return save(form, result, model, locale, flash, null);
    }

    @GetMapping(AdminPaths.SEGMENTS + "/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute(FORM_OBJECT, segments.filter(owner.get().storeCode(), id));
        return form(model, locale, id);
    }

    @PostMapping(AdminPaths.SEGMENTS + "/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) SegmentDraft form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        return save(form, result, model, locale, flash, id);
    }

    @PostMapping(AdminPaths.SEGMENTS + "/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        String name = segments.get(store, id).getName();
        segments.delete(store, id);
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.segment.deleted", name));
        return "redirect:" + AdminPaths.SEGMENTS;
    }

    private String save(SegmentDraft form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash, Long id) {
        FieldErrors.markUnbound(result, form);
        String store = owner.get().storeCode();
        try {
            SegmentView saved = id == null ? segments.create(store, form) : segments.update(store, id, form);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.segment.saved",
                    saved.getName(), saved.getMembers()));
            return "redirect:" + AdminPaths.SEGMENTS;
        } catch (InvalidInputException invalid) {
            // an unknown code of a list (tiers[2]) shows under the list's checkboxes
            FieldErrors.reject(result, new InvalidInputException(invalid.violations().stream()
                    .map(SegmentAdminController::onThePage).collect(Collectors.toList())),
                    field -> field.replaceFirst("\\[\\d+]$", ""));
            return form(model, locale, id);
        }
    }

    /** A range upside down, said next to each of its ends without the JSON's field names. */
    private static Violation onThePage(Violation violation) {
        return UPSIDE_DOWN.equals(violation.code()) ? new Violation(violation.field(), UPSIDE_DOWN_ON_PAGE)
                : violation;
    }

    private String form(Model model, Locale locale, Long id) {
        String store = owner.get().storeCode();
        List<MemberGroup> all = groups.list(store);
        model.addAttribute("segmentId", id);
        if (id != null) {
            model.addAttribute("segment", segments.get(store, id));
        }
        model.addAttribute("rfmSegments", Arrays.stream(RfmSegment.values()).map(Enum::name)
                .collect(Collectors.toList()));
        model.addAttribute("tierOptions", views(all, true, locale));
        model.addAttribute("groupOptions", views(all, false, locale));
        model.addAttribute("figures", SegmentDraft.Figures.values());
        SegmentDraft form = (SegmentDraft) model.getAttribute(FORM_OBJECT);
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(catalog, store, locale, List.of(),
                form == null || form.getFavouriteCategoryId() == null ? List.of()
                        : List.of(form.getFavouriteCategoryId())));
        return FORM;
    }

    private static List<GroupView> views(List<MemberGroup> all, boolean tiers, Locale locale) {
        return all.stream().filter(group -> group.isTier() == tiers && !group.isGuestGroup())
                .map(group -> GroupView.of(group, locale)).collect(Collectors.toList());
    }
}
