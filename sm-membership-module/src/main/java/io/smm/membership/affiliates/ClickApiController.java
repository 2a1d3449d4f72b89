package io.smm.membership.affiliates;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.web.MembershipApi;

/**
 * Clicks reported by headless storefronts, which keep no cookie (docs/affiliates.md#headless-storefronts): the click
 * is logged and its cart remembers it. 204 for every well-formed body, an unknown id too (it is counted as a
 * reject), so a bad link never breaks the storefront; 400 only for a malformed body.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/membership/affiliates/clicks")
class ClickApiController {

    private final TrackingService tracking;
    private final CurrentShopper shopper;

    ClickApiController(TrackingService tracking, CurrentShopper shopper) {
        this.tracking = tracking;
        this.shopper = shopper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void click(@RequestBody ClickDraft draft, HttpServletRequest request) {
        draft.requireNoProblems(draft.check());
        tracking.click(shopper.get().storeCode(), new ClickInput(draft.getTrackingId(), draft.getLandingPath(),
                draft.getReferrer(), request.getRemoteAddr(), draft.getCartCode()));
    }
}
