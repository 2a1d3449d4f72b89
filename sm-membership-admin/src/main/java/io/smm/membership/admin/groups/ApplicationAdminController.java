package io.smm.membership.admin.groups;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.errors.DomainException;
import io.smm.membership.groups.Actor;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.ApplicationView;
import io.smm.membership.groups.GroupApplication;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.InvalidInputException;

/** The approval queue: pending applications oldest first, approve or reject; decided ones newest first. */
@Controller
@RequestMapping(AdminPaths.APPLICATIONS)
class ApplicationAdminController {

    static final String LIST = "membership/applications/list";
    static final String REJECT_FORM = "rejectForm";

    private final CurrentOwner owner;
    private final ApplicationService applications;
    private final MembershipService memberships;
    private final int pageSize;

    ApplicationAdminController(CurrentOwner owner, ApplicationService applications, MembershipService memberships,
            int pageSize) {
        this.owner = owner;
        this.applications = applications;
        this.memberships = memberships;
        this.pageSize = pageSize;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        return list(owner.get(), statusOf(status), Math.max(page, 0), model, locale);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes flash) {
        Owner current = owner.get();
        try {
            GroupApplication approved = applications.approve(current.storeCode(), id, Actor.owner(current.name()));
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.application.approved",
                    customerName(current, approved.getCustomerId()), approved.getGroup().getCode()));
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + AdminPaths.APPLICATIONS;
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @ModelAttribute(REJECT_FORM) RejectForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        Owner current = owner.get();
        try {
            GroupApplication rejected = applications.reject(current.storeCode(), id, Actor.owner(current.name()),
                    form.getReason());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.application.rejected",
                    customerName(current, rejected.getCustomerId()), rejected.getGroup().getCode()));
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            model.addAttribute("rejectId", id);
            return list(current, GroupApplication.Status.PENDING, 0, model, locale);
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + AdminPaths.APPLICATIONS;
    }

    private String list(Owner current, GroupApplication.Status status, int page, Model model, Locale locale) {
        Sort order = status == GroupApplication.Status.PENDING ? Sort.by("createdAt", "id")
                : Sort.by(Sort.Direction.DESC, "decidedAt", "id");
        Page<GroupApplication> found = applications.inStore(current.storeCode(), status,
                PageRequest.of(page, pageSize, order));
        Map<Long, MemberSummary> customers = new HashMap<>();
        for (GroupApplication application : found.getContent()) {
            customers.computeIfAbsent(application.getCustomerId(), id -> customer(current, id));
        }
        model.addAttribute("status", status);
        model.addAttribute("statuses", GroupApplication.Status.values());
        model.addAttribute("applications", found.map(application -> ApplicationView.of(application, locale))
                .getContent());
        model.addAttribute("customers", customers);
        model.addAttribute("pager", Pager.of(found, UriComponentsBuilder.fromPath(AdminPaths.APPLICATIONS)
                .queryParam("status", status.name())));
        if (!model.containsAttribute(REJECT_FORM)) {
            model.addAttribute(REJECT_FORM, new RejectForm());
        }
        return LIST;
    }

    private MemberSummary customer(Owner current, long customerId) {
        try {
            return memberships.member(current.storeCode(), customerId);
        } catch (DomainException gone) {
            return null;
        }
    }

    private String customerName(Owner current, long customerId) {
        MemberSummary customer = customer(current, customerId);
        return customer == null ? "#" + customerId : customer.getDisplayName();
    }

    private static GroupApplication.Status statusOf(String status) {
        for (GroupApplication.Status known : GroupApplication.Status.values()) {
            if (known.name().equalsIgnoreCase(status)) {
                return known;
            }
        }
        return GroupApplication.Status.PENDING;
    }
}
