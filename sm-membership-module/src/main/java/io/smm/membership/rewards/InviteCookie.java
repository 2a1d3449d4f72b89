package io.smm.membership.rewards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import io.smm.membership.affiliates.TrackingKeys;

/**
 * The invite cookie {@code /i/{code}} sets: {@code <store>.<code>.<mac>}, signed with the affiliates' tracking key
 * (HMAC-SHA256 over {@code invite.<store>.<code>}, so it can never pass for a tracking cookie), HttpOnly, 30 days.
 */
class InviteCookie {

    static final String NAME = "smm_invite";
    static final Duration LIFETIME = Duration.ofDays(30);
    private static final int MAX_LENGTH = 200;

    private final TrackingKeys keys;

    InviteCookie(TrackingKeys keys) {
        this.keys = keys;
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String storeCode, String code) {
        String value = storeCode + "." + code + "." + signature(storeCode, code);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, value).httpOnly(true)
                .secure(request.isSecure()).path("/").maxAge(LIFETIME).sameSite("Lax").build().toString());
    }

    /** The invite code the request's cookie holds for the store, if its signature is right. */
    Optional<String> codeOf(HttpServletRequest request, String storeCode) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return read(cookie.getValue(), storeCode);
            }
        }
        return Optional.empty();
    }

    Optional<String> read(String value, String storeCode) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(storeCode)) {
            return Optional.empty();
        }
        boolean signed = MessageDigest.isEqual(signature(parts[0], parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return signed ? Optional.of(parts[1]) : Optional.empty();
    }

    private String signature(String storeCode, String code) {
        return keys.key().signature("invite." + storeCode + "." + code);
    }
}
