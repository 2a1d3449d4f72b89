package io.smm.membership.affiliates;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The click an order is credited to, out of the shopper's cookie and the cart's record, and which of them said so. */
public final class ReferralCredit {

    private final ReferralClick click;
    private final Attribution.Source source;

    private ReferralCredit(ReferralClick click, Attribution.Source source) {
        this.click = click;
        this.source = source;
    }

    /**
     * Merges the cookie's and the cart's referrals by the model: the latest counting click (last click) or the
     * earliest one of the current window (first click); the cookie wins a tie.
     */
    public static Optional<ReferralCredit> of(Optional<Referral> cookie, Optional<Referral> cart, Instant at,
            AttributionModel model, Duration window) {
        Comparator<ReferralCredit> byTime = Comparator.comparing(credit -> credit.click.at());
        Stream<ReferralCredit> candidates = Stream.concat(
                credited(cookie, Attribution.Source.COOKIE, at, model, window),
                credited(cart, Attribution.Source.CART, at, model, window));
        return model == AttributionModel.FIRST_CLICK ? candidates.min(byTime) : candidates.reduce(
                (kept, next) -> byTime.compare(next, kept) > 0 ? next : kept);
    }

    private static Stream<ReferralCredit> credited(Optional<Referral> referral, Attribution.Source source,
            Instant at, AttributionModel model, Duration window) {
        return referral.flatMap(known -> known.creditedAt(at, model, window))
                .map(click -> new ReferralCredit(click, source)).stream();
    }

    public ReferralClick click() {
        return click;
    }

    public Attribution.Source source() {
        return source;
    }
}
