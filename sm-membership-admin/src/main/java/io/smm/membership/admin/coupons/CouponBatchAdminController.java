package io.smm.membership.admin.coupons;

import java.io.IOException;

import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.coupons.CouponBatchDownload;
import io.smm.membership.coupons.CouponBatchView;
import io.smm.membership.coupons.CouponBatches;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;

/** Codes generated from a coupon: the form that starts a batch, its progress page and its CSV file. */
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
    private final CouponBatches batches;

    CouponBatchAdminController(CurrentOwner owner, CouponService coupons, CouponBatches batches) {
        this.owner = owner;
        this.coupons = coupons;
        this.batches = batches;
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

    @GetMapping(BATCHES + "/{batchId}")
    String progress(@PathVariable long batchId, Model model) {
        String store = owner.get().storeCode();
        CouponBatchView batch = batches.get(store, batchId);
        model.addAttribute("batch", batch);
        model.addAttribute("sourceCoupon", coupons.get(store, batch.getTemplateId()));
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
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
