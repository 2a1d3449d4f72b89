package io.smm.membership.affiliates;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.MembershipApi;

/** The logged-in customer's own affiliate account, under the host's customer JWT chain ({@code /api/v1/auth/**}). */
@RestController
@MembershipApi
@RequestMapping("/api/v1/auth/membership/affiliate")
class AffiliateAccountApiController {

    private final CurrentShopper currentShopper;
    private final AffiliateService affiliates;

    AffiliateAccountApiController(CurrentShopper currentShopper, AffiliateService affiliates) {
        this.currentShopper = currentShopper;
        this.affiliates = affiliates;
    }

    /** The customer's affiliate account; 404 when the customer is no affiliate and never applied. */
    @GetMapping
    Map<String, Object> mine() {
        Shopper shopper = currentShopper.get();
        return account(affiliates.mine(shopper.storeCode(), shopper.requireCustomerId()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> apply(@RequestBody ApplicationDraft draft) {
        Shopper shopper = currentShopper.get();
        return account(affiliates.apply(shopper.storeCode(), shopper.requireCustomerId(), draft));
    }

    @PutMapping("/payout")
    Map<String, Object> changePayout(@RequestBody AffiliatePayoutDraft draft) {
        Shopper shopper = currentShopper.get();
        return account(affiliates.changePayout(shopper.storeCode(), shopper.requireCustomerId(), draft));
    }

    /**
     * What the affiliate may see of its record: no owner's notes, who decided, or old ids. The link is the short
     * link on the address this request reached, which the shop serves and sends on to its storefront.
     */
    private static Map<String, Object> account(AffiliateView affiliate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", affiliate.getStatus());
        body.put("trackingId", affiliate.getTrackingId());
        body.put("link", affiliate.getTrackingId() == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().path("/a/{id}")
                        .buildAndExpand(affiliate.getTrackingId()).toUriString());
        body.put("rate", affiliate.getEffectiveRate());
        body.put("categoryRates", affiliate.getCategoryRates());
        body.put("payoutMethod", affiliate.getPayoutMethod());
        body.put("payoutEmail", affiliate.getPayoutEmail());
        body.put("payoutDetails", affiliate.getPayoutDetails());
        body.put("refusalReason", affiliate.getRefusalReason());
        body.put("appliedAt", affiliate.getCreatedAt());
        return body;
    }
}
