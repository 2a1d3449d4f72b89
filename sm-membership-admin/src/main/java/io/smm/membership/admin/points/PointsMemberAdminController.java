package io.smm.membership.admin.points;

import java.util.Optional;

import org.springframework.data.domain.Page;
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

import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.points.PointsHistoryItem;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.points.PointsOwnerService;
import io.smm.membership.points.PointsRefusedException;
import io.smm.membership.web.InvalidInputException;

/** A member's points: find the member by e-mail or id, see the balance and history, and adjust with a reason. */
@Controller
@RequestMapping(PointsPaths.MEMBERS)
class PointsMemberAdminController {

    static final String FORM_OBJECT = "pointsAdjustmentForm";

    private final CurrentOwner owner;
    private final PointsOwnerService points;
    private final PointsLedger ledger;
    private final int pageSize;

    PointsMemberAdminController(CurrentOwner owner, PointsOwnerService points, PointsLedger ledger, int pageSize) {
        this.owner = owner;
        this.points = points;
        this.ledger = ledger;
        this.pageSize = pageSize;
    }

    @GetMapping
    String search(@RequestParam(name = "q", required = false) String query, Model model) {
        if (query != null && !query.isBlank()) {
            Optional<MemberSummary> found = points.lookup(owner.get().storeCode(), query);
            if (found.isPresent()) {
                return "redirect:" + PointsPaths.MEMBERS + "/" + found.get().getCustomerId();
            }
            model.addAttribute("notFound", true);
        }
        model.addAttribute("query", query == null ? "" : query);
        return "membership/points/members";
    }

    @GetMapping("/{customerId}")
    String member(@PathVariable long customerId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(FORM_OBJECT, PointsAdjustmentForm.fresh());
        return page(customerId, page, model);
    }

    @PostMapping("/{customerId}/adjustments")
    String adjust(@PathVariable long customerId, @ModelAttribute(FORM_OBJECT) PointsAdjustmentForm form,
            BindingResult result, Model model, RedirectAttributes flash) {
        Owner current = owner.get();
        FieldErrors.markUnbound(result, form);
        try {
            points.adjust(current.storeCode(), customerId, form, current.name());
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return page(customerId, 0, model);
        } catch (PointsRefusedException refused) {
            result.rejectValue("points", refused.code(), refused.arguments(), refused.code());
            return page(customerId, 0, model);
        }
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.points.member.adjusted"));
        return "redirect:" + PointsPaths.MEMBERS + "/" + customerId;
    }

    private String page(long customerId, int page, Model model) {
        String store = owner.get().storeCode();
        model.addAttribute("member", points.member(store, customerId));
        model.addAttribute("account", ledger.account(store, customerId));
        Page<PointsHistoryItem> history = ledger.history(store, customerId,
                Paging.request(page, pageSize, Sort.unsorted()));
        model.addAttribute("history", history.getContent());
        model.addAttribute("pager", Pager.of(history,
                UriComponentsBuilder.fromPath(PointsPaths.MEMBERS + "/" + customerId)));
        return "membership/points/member";
    }
}
