package io.smm.membership.coupons;

import java.io.IOException;
import java.util.function.Function;

import javax.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;

/** The owner's code batches: start one from a template coupon, follow it, list them, download its codes. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/coupons")
class CouponBatchApiController {

    private final CurrentOwner owner;
    private final CouponBatchService batches;

    CouponBatchApiController(CurrentOwner owner, CouponBatchService batches) {
        this.owner = owner;
        this.batches = batches;
    }

    /** Accepted: the codes are made in the background; follow {@link #get}. */
    @PostMapping("/{id}/batches")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CouponBatchView start(@PathVariable long id, @RequestBody CouponBatchDraft draft) {
        return batches.start(owner.get().storeCode(), id, draft);
    }

    /** The store's batches, newest first, each with its codes counted. */
    @GetMapping("/batches")
    PageView<CouponBatchSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(batches.list(owner.get().storeCode(), Paging.request(page, size,
                Sort.by(Sort.Order.desc("id")))), Function.identity());
    }

    @GetMapping("/batches/{batchId}")
    CouponBatchView get(@PathVariable long batchId) {
        return batches.get(owner.get().storeCode(), batchId);
    }

    /** The codes made so far, as {@link CouponBatchCsv}. */
    @GetMapping("/batches/{batchId}/codes.csv")
    void codes(@PathVariable long batchId, HttpServletResponse response) throws IOException {
        CouponBatchDownload.send(batches, owner.get().storeCode(), batchId, response);
    }
}
