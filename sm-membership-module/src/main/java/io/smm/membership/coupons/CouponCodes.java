package io.smm.membership.coupons;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a coupon code may be written with, and its one spelling: upper case, since codes are case-insensitive.
 * ASCII only: upper-casing other letters depends on the locale (the Turkish dotless i) and can change the length.
 */
public final class CouponCodes {

    static final int MAX_LENGTH = 64;
    static final Pattern CHARACTERS = Pattern.compile("[A-Za-z0-9_-]*");

    private CouponCodes() {
    }

    /** The text with {@code !}, {@code %} and {@code _} escaped by {@code !}, for a {@code like ... escape '!'}. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** What an owner typed into a search box, as the {@code like} patterns of the lists take it; null: any. */
    static String searchText(String text) {
        return text == null ? "" : likeEscaped(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The code as stored and compared; null stays null. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
