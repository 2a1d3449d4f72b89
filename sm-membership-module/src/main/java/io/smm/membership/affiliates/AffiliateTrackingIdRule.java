package io.smm.membership.affiliates;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a tracking id looks like: 3 to 32 lower-case ASCII letters, digits and dashes, not starting with a dash.
 * Input in any case means the same id. A generated one is a slug of the name, else of the e-mail's local part,
 * followed by {@code -2}, {@code -3}... when taken.
 */
final class AffiliateTrackingIdRule {

    static final int MAX_LENGTH = 32;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{2,31}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final String FALLBACK = "affiliate";

    private AffiliateTrackingIdRule() {
    }

    /** The id as stored and compared: trimmed, lower case; null stays null. */
    static String normalize(String input) {
        return input == null ? null : input.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized id has the shape of a tracking id. */
    static boolean isValid(String normalized) {
        return normalized != null && SHAPE.matcher(normalized).matches();
    }

    /** The readable id an affiliate of this name and e-mail starts from. */
    static String base(String name, String email) {
        String fromName = slug(name);
        if (fromName.length() >= 3) {
            return fromName;
        }
        String local = email == null ? "" : email.trim().replaceFirst("@.*$", "");
        String fromEmail = slug(local);
        return fromEmail.length() >= 3 ? fromEmail : FALLBACK;
    }

    /** The first of {@code base}, {@code base-2}, {@code base-3}... not in {@code taken}. */
    static String firstFree(String base, Collection<String> taken) {
        for (int n = 1;; n++) {
            String candidate = candidate(base, n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** The n-th candidate of a base: the base itself, then the base cut to leave room for {@code -n}. */
    static String candidate(String base, int n) {
        if (n == 1) {
            return base;
        }
        String suffix = "-" + n;
        return trimDashes(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
    }

    /** Lower-case ASCII letters and digits of the text, every other run as one dash; accents dropped. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimDashes(NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"));
        return trimDashes(slug.substring(0, Math.min(slug.length(), MAX_LENGTH)));
    }

    private static String trimDashes(String text) {
        return text.replaceAll("^-+|-+$", "");
    }
}
