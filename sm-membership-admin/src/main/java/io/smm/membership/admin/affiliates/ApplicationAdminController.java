package io.smm.membership.admin.affiliates;

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
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliateService;
import io.smm.membership.affiliates.AffiliateView;
import io.smm.membership.errors.DomainException;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.InvalidInputException;

/**
 * The affiliate applications waiting for the owner, oldest first, with the applicant's note and payout details:
 * approve, or refuse with a reason the applicant reads (a blank one is shown next to its box).
 */
@Controller
class ApplicationAdminController {

    static final String PATH = AdminPaths.AFFILIATES + "/applications";
    static final String PAGE = "membership/affiliates/applications";
    static final String REFUSE_FORM = "refuseForm";

    private final CurrentOwner owner;
    private final AffiliateService affiliates;
    private final AffiliateDirectory directory;
    private final int pageSize;

    ApplicationAdminController(CurrentOwner owner, AffiliateService affiliates, AffiliateDirectory directory,
            int pageSize) {
        this.owner = owner;
        this.affiliates = affiliates;
        this.directory = directory;
        this.pageSize = pageSize;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(REFUSE_FORM, new RefuseForm());
        return page(owner.get().storeCode(), Math.max(page, 0), null, model);
    }

    @PostMapping(AdminPaths.AFFILIATES + "/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        Owner current = owner.get();
        try {
            AffiliateView approved = affiliates.approve(current.storeCode(), id, current.name());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.approved",
                    approved.getName()));
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + PATH;
    }

    @PostMapping(AdminPaths.AFFILIATES + "/{id}/refuse")
    String refuse(@PathVariable long id, @ModelAttribute(REFUSE_FORM) RefuseForm form, BindingResult result,
            Model model, RedirectAttributes flash) {
        Owner current = owner.get();
        try {
            AffiliateView refused = affiliates.refuse(current.storeCode(), id, form.getReason(), current.name());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.refused",
                    refused.getName()));
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return page(current.storeCode(), 0, id, model);
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + PATH;
    }

    /**
     * @param refusing the application whose refusal comes back with its error, else null
     */
    private String page(String store, int page, Long refusing, Model model) {
        Page<AffiliateView> waiting = affiliates.applications(store, Paging.request(page, pageSize,
                Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id"))))
                .map(item -> affiliates.get(store, item.getId()));
        model.addAttribute("applications", waiting.getContent());
        model.addAttribute("refuseId", refusing);
        model.addAttribute("applicationsOpen", directory.termsOf(store).applicationsOpen());
        model.addAttribute("pager", Pager.of(waiting, UriComponentsBuilder.fromPath(PATH)));
        return PAGE;
    }
}
