package io.smm.membership.affiliates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes and reads the tracking cookie's value (docs/affiliates.md#tracking-links-and-cookies):
 * {@code v1.<store>.<firstAffId>.<firstClickId>.<firstEpochSec>.<lastAffId>.<lastClickId>.<lastEpochSec>.<mac>},
 * the MAC being HMAC-SHA256 of everything before the last dot. A value that is not exactly that, or whose MAC does
 * not match, is tampered: another affiliate's id, a later time or a cut-off value all change the MAC.
 */
public final class CookieCodec {

    static final String VERSION = "v1";
    /** Longer than any value this codec writes: a longer one is refused before it is parsed. */
    private static final int MAX_LENGTH = 400;
    private static final Pattern STORE = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    private final TrackingKey key;

    public CookieCodec(TrackingKey key) {
        this.key = key;
    }

    /** The signed value; empty for a store whose code cannot be written in a cookie (not letters, digits, _ or -). */
    public Optional<String> encode(String storeCode, Referral referral) {
        if (!STORE.matcher(storeCode).matches()) {
            return Optional.empty();
        }
        String payload = String.join(".", VERSION, storeCode, fields(referral.first()), fields(referral.last()));
        return Optional.of(payload + "." + key.signature(payload));
    }

    private static String fields(ReferralClick click) {
        return click.affiliateId() + "." + click.clickId() + "." + click.at().getEpochSecond();
    }

    /** What the value says for this store at {@code now}, with the store's window. */
    public CookieReading read(String value, String storeCode, Instant now, Duration window) {
        if (value == null || value.length() > MAX_LENGTH) {
            return CookieReading.tampered();
        }
        int lastDot = value.lastIndexOf('.');
        if (lastDot < 0 || !signatureMatches(value.substring(0, lastDot), value.substring(lastDot + 1))) {
            return CookieReading.tampered();
        }
        String[] parts = value.substring(0, lastDot).split("\\.", -1);
        if (parts.length != 8 || !VERSION.equals(parts[0]) || !numbers(parts)) {
            return CookieReading.tampered();
        }
        if (!parts[1].equals(storeCode)) {
            return CookieReading.otherStore();
        }
        Referral referral = new Referral(click(parts, 2), click(parts, 5));
        if (referral.first().at().isAfter(referral.last().at())) {
            return CookieReading.tampered();
        }
        return referral.last().countsAt(now, window) ? CookieReading.valid(referral) : CookieReading.expired();
    }

    private boolean signatureMatches(String payload, String signature) {
        return MessageDigest.isEqual(key.signature(payload).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean numbers(String[] parts) {
        for (int i = 2; i < parts.length; i++) {
            if (!NUMBER.matcher(parts[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static ReferralClick click(String[] parts, int from) {
        return new ReferralClick(Long.parseLong(parts[from]), Long.parseLong(parts[from + 1]),
                Instant.ofEpochSecond(Long.parseLong(parts[from + 2])));
    }
}
