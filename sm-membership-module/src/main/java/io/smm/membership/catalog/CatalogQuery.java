package io.smm.membership.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** What an owner typed into a picker, trimmed and cut to a sane length, and how many answers fit. */
public final class CatalogQuery {

    /** The most answers one search gives: a picker shows a short list, the owner types on to narrow it. */
    public static final int MAX_RESULTS = 20;
    public static final int DEFAULT_RESULTS = 10;
    static final int MAX_TEXT = 100;
    /** The escape character of {@link #likePattern()}. */
    public static final char ESCAPE = '!';
    private static final Pattern ID = Pattern.compile("#?\\d{1,18}");

    private final String text;
    private final int limit;

    private CatalogQuery(String text, int limit) {
        this.text = text;
        this.limit = limit;
    }

    /** @param size asked number of answers; null for the default, else kept between 1 and {@link #MAX_RESULTS} */
    public static CatalogQuery of(String text, Integer size) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > MAX_TEXT) {
            trimmed = trimmed.substring(0, MAX_TEXT);
        }
        int limit = size == null ? DEFAULT_RESULTS : Math.max(1, Math.min(MAX_RESULTS, size));
        return new CatalogQuery(trimmed, limit);
    }

    /** The text in lower case, as it is compared with SKUs and codes. */
    public String lowerText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** {@code %text%} in lower case, with LIKE's own characters escaped by {@link #ESCAPE}. */
    public String likePattern() {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : lowerText().toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** The id the text names ({@code 42} or {@code #42}); -1, which no row has, when it names none. */
    public long id() {
        return ID.matcher(text).matches() ? Long.parseLong(text.replace("#", "")) : -1L;
    }

    public String text() {
        return text;
    }

    public int limit() {
        return limit;
    }
}
