package io.smm.membership.affiliates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Logs the clicks of affiliates' links and binds them to carts, and counts what it ignores
 * (docs/affiliates.md#clicks-rejects-and-retention): a tracking id of no affiliate, of one not active, a tampered or
 * expired cookie, a link to another site.
 */
public class TrackingService {

    /** The longest tracking id there is; a longer one is no affiliate's and is not looked up. */
    static final int MAX_TRACKING_ID = 40;
    static final int MAX_CART_CODE = 100;

    private final AffiliateDirectory directory;
    private final ClickRepository clicks;
    private final RejectRepository rejects;
    private final ReferralBinder carts;
    private final TrackingKeys keys;
    private final Clock clock;

    TrackingService(AffiliateDirectory directory, ClickRepository clicks, RejectRepository rejects,
            ReferralBinder carts, TrackingKeys keys, Clock clock) {
        this.directory = directory;
        this.clicks = clicks;
        this.rejects = rejects;
        this.carts = carts;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Logs a click of an active affiliate's tracking id and, when it names a cart, remembers it in the cart's
     * referral; empty, and counted as a reject, when the id is no active affiliate's.
     */
    public Optional<ReferralClick> click(String storeCode, ClickInput input) {
        String trackingId = input.trackingId() == null ? "" : input.trackingId().trim().toLowerCase(Locale.ROOT);
        Optional<AffiliateCard> affiliate = trackingId.isEmpty() || trackingId.length() > MAX_TRACKING_ID
                ? Optional.empty() : directory.byTrackingId(storeCode, trackingId);
        if (affiliate.isEmpty() || !affiliate.get().earns()) {
            reject(storeCode, RejectReason.notEarning(affiliate), input.trackingId(), input.address());
            return Optional.empty();
        }
        String cartCode = cut(input.cartCode(), MAX_CART_CODE);
        Click click = clicks.save(new Click(storeCode, affiliate.get(), trackingId, now(),
                cut(input.landingPath(), Click.MAX_PATH), cut(input.referrer(), Click.MAX_PATH),
                keys.key().hashOf(input.address()), cartCode));
        if (cartCode != null) {
            carts.bind(storeCode, cartCode, click.asReferral(), directory.termsOf(storeCode).window());
        }
        return Optional.of(click.asReferral());
    }

    /** Counts something ignored; the tracking id as sent, cut to 40 characters, and the address only hashed. */
    public void reject(String storeCode, RejectReason reason, String trackingId, String address) {
        rejects.save(new Reject(storeCode, now(), reason, cut(trackingId, MAX_TRACKING_ID),
                keys.key().hashOf(address)));
    }

    /** The cart's referral, if a click named it. */
    public Optional<Referral> referralOfCart(String storeCode, String cartCode) {
        return cartCode == null ? Optional.empty() : carts.referralOf(storeCode, cartCode);
    }

    /** The store's cookie window: how long a click is credited. */
    public Duration window(String storeCode) {
        return directory.termsOf(storeCode).window();
    }

    /** Now, to the second: a cookie keeps seconds, so a click is one time wherever it is remembered. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
