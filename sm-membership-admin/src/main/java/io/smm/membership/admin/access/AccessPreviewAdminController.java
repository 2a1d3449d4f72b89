package io.smm.membership.admin.access;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.smm.membership.access.AccessPreview;
import io.smm.membership.access.AudienceView;
import io.smm.membership.access.CategoryAccessOwnerService;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;

/**
 * The catalog as guests, members or one group see it, now or at a moment the owner picks: each category listed,
 * coming, hidden, with or without its price and buyable or not, and the counts.
 */
@Controller
class AccessPreviewAdminController {

    static final String PATH = AdminPaths.CATEGORY_ACCESS + "/preview";
    static final String PAGE = "membership/category-access/preview";
    static final String FORM_OBJECT = "previewForm";
    /** The moment previewed as the page says it: "now" is read to the nanosecond. */
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CurrentOwner owner;
    private final CategoryAccessOwnerService access;
    private final ZoneId storeZone;

    AccessPreviewAdminController(CurrentOwner owner, CategoryAccessOwnerService access, ZoneId storeZone) {
        this.owner = owner;
        this.access = access;
        this.storeZone = storeZone;
    }

    /** A moment that is no date-time shows next to its field, and no catalog. */
    @GetMapping(PATH)
    String page(@ModelAttribute(FORM_OBJECT) PreviewForm form, BindingResult result, Model model, Locale locale) {
        String store = owner.get().storeCode();
        List<AudienceView> audiences = access.overview(store, locale).getAudiences();
        model.addAttribute("audiences", audiences);
        model.addAttribute("storeZone", storeZone.getId());
        if (!result.hasErrors()) {
            try {
                AccessPreview preview = access.preview(store, form.getAudience(), form.getAt(), locale);
                model.addAttribute("preview", preview);
                model.addAttribute("counts", PreviewCounts.of(preview));
                model.addAttribute("previewAt", LocalDateTime.parse(preview.getAt()).format(MINUTES));
                model.addAttribute("audienceName", audiences.stream()
                        .filter(audience -> audience.getKey().equals(preview.getAudience())).map(AudienceView::getName)
                        .findFirst().orElse(preview.getAudience()));
            } catch (InvalidInputException invalid) {
                FieldErrors.reject(result, invalid);
            }
        }
        return PAGE;
    }
}
