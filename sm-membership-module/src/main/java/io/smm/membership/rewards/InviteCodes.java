package io.smm.membership.rewards;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/**
 * Draws invite codes a shopper can read aloud and type: eight characters of upper-case letters and digits without
 * the look-alikes 0, O, 1, I and L. Uniqueness in a store is the database's (a unique key); a taken code is drawn
 * again.
 */
final class InviteCodes {

    static final int LENGTH = 8;
    private static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final char[] ALPHABET = LETTERS.toCharArray();

    private final Random random;

    InviteCodes() {
        this(new SecureRandom());
    }

    InviteCodes(Random random) {
        this.random = random;
    }

    String draw() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** A code as typed (any case, spaces around) in the form it is stored; null when it cannot be one. */
    static String normalized(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.trim().toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (LETTERS.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
