package io.smm.membership.affiliates;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret every node shares for tracking: it signs the tracking cookie and hashes shoppers' addresses, both with
 * HMAC-SHA256, so a cookie cannot be forged and an address cannot be found again from its hash without the secret.
 */
public final class TrackingKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SecretKeySpec key;

    public TrackingKey(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the tracking secret is blank");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The signature of a text, Base64url without padding (43 characters). */
    public String signature(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(text));
    }

    /** The keyed hash of an address, 64 lower-case hex digits; null for none. */
    public String hashOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        byte[] mac = mac(address.trim());
        char[] hex = new char[mac.length * 2];
        for (int i = 0; i < mac.length; i++) {
            hex[2 * i] = HEX[(mac[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[mac[i] & 0xf];
        }
        return new String(hex);
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
        }
    }
}
