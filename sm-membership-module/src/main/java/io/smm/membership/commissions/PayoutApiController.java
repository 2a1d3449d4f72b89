package io.smm.membership.commissions;

import java.io.IOException;

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
import io.smm.membership.identity.Owner;
import io.smm.membership.time.DayPeriod;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.Violation;

/** The owner's payouts to affiliates ({@code /api/v1/private/**}, admin JWT). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/affiliates")
class PayoutApiController {

    private final CurrentOwner owner;
    private final PayoutService payouts;
    private final ReportService reports;

    PayoutApiController(CurrentOwner owner, PayoutService payouts, ReportService reports) {
        this.owner = owner;
        this.payouts = payouts;
        this.reports = reports;
    }

    @PostMapping("/payouts")
    @ResponseStatus(HttpStatus.CREATED)
    PayoutView record(@RequestBody PayoutDraft draft) {
        Owner current = owner.get();
        return payouts.record(current.storeCode(), draft, current.name());
    }

    /** The store's payouts, or one affiliate's, latest first. */
    @GetMapping("/payouts")
    PageView<PayoutView> list(@RequestParam(required = false) Long affiliateId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(payouts.payouts(owner.get().storeCode(), affiliateId,
                Paging.request(page, size, Sort.unsorted())), payout -> payout);
    }

    @GetMapping("/payouts/{id}")
    PayoutView get(@PathVariable long id) {
        return payouts.get(owner.get().storeCode(), id);
    }

    /** The payouts recorded in the period, for the bank, as {@link PayoutCsv}. */
    @GetMapping("/payouts.csv")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletResponse response) throws IOException {
        String store = owner.get().storeCode();
        DayPeriod period = reports.period(from, to);
        payouts.writeCsv(store, period, PayoutCsv.download(response, period));
    }

    /** What a payout to the affiliate would pay now. */
    @GetMapping("/payable")
    PayoutPlan payable(@RequestParam(required = false) Long affiliateId) {
        if (affiliateId == null) {
            throw new InvalidInputException(new Violation("affiliateId", "membership.payout.affiliate.required"));
        }
        return payouts.payable(owner.get().storeCode(), affiliateId);
    }
}
