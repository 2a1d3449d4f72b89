package io.smm.membership.admin.affiliates;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.commissions.PayoutCsv;
import io.smm.membership.commissions.PayoutDraft;
import io.smm.membership.commissions.PayoutPlan;
import io.smm.membership.commissions.PayoutService;
import io.smm.membership.commissions.PayoutView;
import io.smm.membership.commissions.ReportCommissionRow;
import io.smm.membership.commissions.ReportService;
import io.smm.membership.errors.DomainException;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;

/**
 * Payouts: per affiliate with approved commissions, what a payout would pay (its approved commissions, each to
 * tick, and the negative lines it carries); recording one; the payouts made and their CSV file for the bank.
 */
@Controller
class PayoutAdminController {

    static final String PATH = AdminPaths.AFFILIATES + "/payouts";
    static final String PAGE = "membership/affiliates/payouts";
    static final String FORM_OBJECT = "payoutForm";

    private final CurrentOwner owner;
    private final PayoutService payouts;
    private final ReportService reports;
    private final AffiliateDirectory affiliates;
    private final int pageSize;

    PayoutAdminController(CurrentOwner owner, PayoutService payouts, ReportService reports,
            AffiliateDirectory affiliates, int pageSize) {
        this.owner = owner;
        this.payouts = payouts;
        this.reports = reports;
        this.affiliates = affiliates;
        this.pageSize = pageSize;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(FORM_OBJECT, new PayoutDraft());
        return page(owner.get().storeCode(), Math.max(page, 0), null, model);
    }

    /**
     * Pays the ticked commissions with the carried lines. A broken field shows the page again with the error on the
     * affiliate's form; a refusal (a commission no longer approved, a total not above zero) is said above the list.
     */
    @PostMapping(PATH)
    String record(@ModelAttribute(FORM_OBJECT) PayoutDraft form, BindingResult result, Model model,
            RedirectAttributes flash) {
        FieldErrors.markUnbound(result, form);
        Owner current = owner.get();
        try {
            PayoutView paid = payouts.record(current.storeCode(), form, current.name());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.affiliate.payouts.recorded",
                    paid.getAmount().toPlainString(), paid.getCurrency(), paid.getAffiliateName()));
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return page(current.storeCode(), 0, form.getAffiliateId(), model);
        } catch (DomainException refused) {
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(refused));
        }
        return "redirect:" + PATH;
    }

    /** The payouts recorded in the period (the last 30 days without one), one a row, for the bank. */
    @GetMapping(PATH + ".csv")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        DayPeriod period = reports.period(from, to);
        payouts.writeCsv(owner.get().storeCode(), period, PayoutCsv.download(response, period));
    }

    /** @param failed the affiliate whose payout form comes back with its errors, else null */
    private String page(String store, int page, Long failed, Model model) {
        List<PayoutPlan> due = dueAffiliates(store).stream().map(id -> payouts.payable(store, id))
                .filter(plan -> !plan.getCommissions().isEmpty()).collect(Collectors.toList());
        Map<Long, AffiliateCard> cards = new LinkedHashMap<>();
        due.forEach(plan -> affiliates.byId(store, plan.getAffiliateId())
                .ifPresent(card -> cards.put(card.id(), card)));
        Page<PayoutView> made = payouts.payouts(store, null, Paging.request(page, pageSize, Sort.unsorted()));
        model.addAttribute("due", due);
        model.addAttribute("affiliates", cards);
        model.addAttribute("payoutAffiliateId", failed);
        model.addAttribute("payouts", made.getContent());
        model.addAttribute("pager", Pager.of(made, UriComponentsBuilder.fromPath(PATH)));
        return PAGE;
    }

    /**
     * The affiliates with approved commissions, latest first, read from as many of them as one payout takes: an
     * affiliate beyond those shows once the later ones are paid.
     */
    private Set<Long> dueAffiliates(String store) {
        return reports.commissions(store, null, "APPROVED", PageRequest.of(0, PayoutService.MAX_COMMISSIONS))
                .stream().map(ReportCommissionRow::getAffiliateId).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
