package io.smm.membership.affiliates;

import java.util.ArrayList;
import java.util.List;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/** A click a headless storefront reports: the tracking id is required; every text has the length of its column. */
public class ClickDraft extends Draft {

    private String trackingId;
    private String cartCode;
    private String landingPath;
    private String referrer;

    /** Every malformed field: none missing or longer than it may be. */
    List<Violation> check() {
        List<Violation> problems = new ArrayList<>();
        if (trackingId == null || trackingId.isBlank()) {
            problems.add(new Violation("trackingId", "membership.affiliate.tracking.tracking-id.required"));
        }
        tooLong(problems, "trackingId", trackingId, TrackingService.MAX_TRACKING_ID);
        tooLong(problems, "cartCode", cartCode, TrackingService.MAX_CART_CODE);
        tooLong(problems, "landingPath", landingPath, Click.MAX_PATH);
        tooLong(problems, "referrer", referrer, Click.MAX_PATH);
        return problems;
    }

    private static void tooLong(List<Violation> problems, String field, String value, int length) {
        if (value != null && value.length() > length) {
            problems.add(new Violation(field, "membership.text.too-long", length));
        }
    }

    public String getTrackingId() {
        return trackingId;
    }

    public void setTrackingId(String trackingId) {
        this.trackingId = trackingId;
    }

    public String getCartCode() {
        return cartCode;
    }

    public void setCartCode(String cartCode) {
        this.cartCode = cartCode;
    }

    public String getLandingPath() {
        return landingPath;
    }

    public void setLandingPath(String landingPath) {
        this.landingPath = landingPath;
    }

    public String getReferrer() {
        return referrer;
    }

    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }
}
