package io.smm.membership.admin.coupons;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletResponse;

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
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.coupons.CouponBatchDownload;
import io.smm.membership.coupons.CouponBatchSummary;
import io.smm.membership.coupons.CouponBatchView;
import io.smm.membership.coupons.CouponBatchService;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.coupons.CouponView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.web.InvalidInputException;

/** Codes generated from a coupon: the form that starts a batch, its page with its codes, and its CSV file. */
@Controller
class CouponBatchAdminController {

    static final String FORM = "membership/coupons/batch-form";
    static final String PROGRESS = "membership/coupons/batch";
    static final String FORM_OBJECT = "couponBatchForm";
    static final String BATCHES = AdminPaths.COUPONS + "/batches";
    /** Seconds between two looks at a running batch. */
    static final int REFRESH_SECONDS = 2;

    private final CurrentOwner owner;
    private final CouponService coupons;
    private final CouponBatchService batches;
    private final Clock clock;
    private final int pageSize;
    private final StoreCurrencies currencies;

    CouponBatchAdminController(CurrentOwner owner, CouponService coupons, CouponBatchService batches, Clock clock,
            int pageSize, StoreCurrencies currencies) {
        this.owner = owner;
        this.coupons = coupons;
        this.batches = batches;
        this.clock = clock;
        this.pageSize = pageSize;
        this.currencies = currencies;
    }

    @GetMapping(AdminPaths.COUPONS + "/{id}/batches/new")
    String newForm(@PathVariable long id, Model model) {
        model.addAttribute(FORM_OBJECT, new CouponBatchForm());
        return form(id, model);
    }

    /** Starts the batch and shows its progress; with a refusal, the form again with errors and nothing started. */
    @PostMapping(AdminPaths.COUPONS + "/{id}/batches")
    String start(@PathVariable long id, @ModelAttribute(FORM_OBJECT) CouponBatchForm form, BindingResult result,
            Model model) {
        FieldErrors.markUnbound(result, form);
        try {
            CouponBatchView batch = batches.start(owner.get().storeCode(), id, form);
            return "redirect:" + BATCHES + "/" + batch.getId();
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(id, model);
        }
    }

    /**
     * The batch's progress and counts, and its codes in the order they were made; {@code q} matches the code, and a
     * status the page does not know is no filter.
     */
    @GetMapping(BATCHES + "/{batchId}")
    String progress(@PathVariable long batchId, @RequestParam(required = false) String q,
            @RequestParam(name = "status", required = false) String statusName,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String store = owner.get().storeCode();
        CouponBatchSummary summary = batches.summary(store, batchId);
        CouponStatus status = CouponStatus.named(statusName).orElse(null);
        Currency currency = currencies.of(store).orElseThrow();
        Instant now = clock.instant();
        // the rows show no groups, so none are looked up
        Page<CouponRow> codes = batches.codes(store, batchId, q, status,
                Paging.request(Math.max(page, 0), pageSize, Sort.by(Sort.Order.asc("id"))))
                .map(coupon -> new CouponRow(CouponView.of(coupon, Map.of(), now), currency));
        model.addAttribute("batch", summary.getBatch());
        model.addAttribute("summary", summary);
        model.addAttribute("sourceCoupon", coupons.get(store, summary.getBatch().getTemplateId()));
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        model.addAttribute("codes", codes.getContent());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CouponStatus.values());
        model.addAttribute("pager", Pager.of(codes, UriComponentsBuilder.fromPath(BATCHES + "/" + batchId)
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("status", Optional.ofNullable(status))));
        return PROGRESS;
    }

    @GetMapping(BATCHES + "/{batchId}/codes.csv")
    void codes(@PathVariable long batchId, HttpServletResponse response) throws IOException {
        CouponBatchDownload.send(batches, owner.get().storeCode(), batchId, response);
    }

    /** The form, with the coupon's earlier batches, so that their progress and CSV stay one click away. */
    private String form(long id, Model model) {
        String store = owner.get().storeCode();
        model.addAttribute("sourceCoupon", coupons.get(store, id));
        model.addAttribute("earlierBatches", batches.ofTemplate(store, id));
        return FORM;
    }
}
