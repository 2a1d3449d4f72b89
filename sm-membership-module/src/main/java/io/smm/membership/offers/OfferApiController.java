package io.smm.membership.offers;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.SpreadsheetCsv;

/** The owner's offers: push one to a saved segment, follow it, its report and its codes for the mailing tool. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership")
class OfferApiController {

    private final CurrentOwner owner;
    private final OfferService offers;

    OfferApiController(CurrentOwner owner, OfferService offers) {
        this.owner = owner;
        this.offers = offers;
    }

    /** Accepted: the codes are issued in the background; a replayed key answers the first push. */
    @PostMapping("/segments/{segmentId}/offers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Offer push(@PathVariable long segmentId, @RequestBody OfferDraft draft) {
        return offers.push(owner.get().storeCode(), segmentId, draft, owner.get().name());
    }

    @GetMapping("/offers")
    List<Offer> list() {
        return offers.list(owner.get().storeCode());
    }

    @GetMapping("/offers/{id}")
    Offer get(@PathVariable long id) {
        return offers.get(owner.get().storeCode(), id);
    }

    @GetMapping("/offers/{id}/report")
    OfferReport report(@PathVariable long id) {
        return offers.report(owner.get().storeCode(), id);
    }

    @GetMapping("/offers/{id}/codes.csv")
    void codes(@PathVariable long id, HttpServletResponse response) throws IOException {
        offers.writeCodes(owner.get().storeCode(), id, SpreadsheetCsv.download(response, "offer-" + id + ".csv"));
    }
}
