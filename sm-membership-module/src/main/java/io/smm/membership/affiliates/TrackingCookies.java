package io.smm.membership.affiliates;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Reads and writes the tracking cookie of a request (docs/affiliates.md#tracking-links-and-cookies). A tampered or
 * expired cookie is ignored and noted on the request, counted once if the request is a click or a checkout
 * ({@link IgnoredClicks}).
 */
public class TrackingCookies {


    private final String name;
    private final TrackingKeys keys;
    private final TrackingService tracking;

    TrackingCookies(String name, TrackingKeys keys, TrackingService tracking) {
        this.name = name;
        this.keys = keys;
        this.tracking = tracking;
    }

    /** Whether the request carries a tracking cookie at all, valid or not. */
    public boolean carries(HttpServletRequest request) {
        return valueOf(request).isPresent();
    }

    /** The referral the request's cookie holds for this store at {@code at}, if it has a valid one. */
    public Optional<Referral> referralOf(HttpServletRequest request, String storeCode, Instant at, Duration window) {
        Optional<String> value = valueOf(request);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        CookieReading reading = new CookieCodec(keys.key()).read(value.get(), storeCode, at, window);
        if (reading.status() == CookieReading.Status.TAMPERED) {
            IgnoredClicks.note(request, storeCode, RejectReason.TAMPERED_COOKIE, null);
        } else if (reading.status() == CookieReading.Status.EXPIRED) {
            IgnoredClicks.note(request, storeCode, RejectReason.EXPIRED_COOKIE, null);
        }
        return reading.referral();
    }

    /**
     * Remembers a click in the shopper's cookie, with what the request's cookie already held: HttpOnly,
     * SameSite=Lax, for the whole site, Secure on a secure request, for the store's window.
     */
    public void remember(HttpServletRequest request, HttpServletResponse response, String storeCode,
            ReferralClick click) {
        Duration window = tracking.window(storeCode);
        Referral referral = referralOf(request, storeCode, click.at(), window)
                .map(known -> known.after(click, window)).orElseGet(() -> Referral.of(click));
        new CookieCodec(keys.key()).encode(storeCode, referral).ifPresent(value -> response.addHeader(
                HttpHeaders.SET_COOKIE, ResponseCookie.from(name, value).httpOnly(true).secure(request.isSecure())
                        .path("/").maxAge(window).sameSite("Lax").build().toString()));
    }

    private Optional<String> valueOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
