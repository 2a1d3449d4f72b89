package io.smm.membership.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of a product's or category's names, one per host language, a page in a locale shows. The host keys its
 * languages by a free code ({@code en}, {@code zh}, {@code zh_TW}, {@code zh-Hant}...), so codes are compared
 * without regard to case or to {@code -} and {@code _}. Preference: the locale's own language and region, the
 * language alone, the language in another region of the same script (Taiwan and Hong Kong read traditional
 * Chinese), the language in any region, the store's default language, then any name (by language code, so the
 * choice never changes between two reads).
 */
public final class NameChoice {

    private static final Set<String> TRADITIONAL = Set.of("hant", "tw", "hk", "mo");
    private static final Set<String> SIMPLIFIED = Set.of("hans", "cn", "sg");
    private static final int NONE = Integer.MAX_VALUE;

    private NameChoice() {
    }

    /**
     * @param namesByLanguage names keyed by the host's language code; blank names count as none
     * @param storeLanguage the code of the store's default language; may be null
     * @return the chosen name, null when there is none
     */
    public static String pick(Map<String, String> namesByLanguage, Locale locale, String storeLanguage) {
        String best = null;
        int bestRank = NONE;
        String bestCode = null;
        for (Map.Entry<String, String> name : namesByLanguage.entrySet()) {
            if (name.getKey() == null || name.getValue() == null || name.getValue().isBlank()) {
                continue;
            }
            String code = normalized(name.getKey());
            int rank = rank(code, locale, storeLanguage == null ? null : normalized(storeLanguage));
            if (rank < bestRank || (rank == bestRank && code.compareTo(bestCode) < 0)) {
                best = name.getValue().strip();
                bestRank = rank;
                bestCode = code;
            }
        }
        return best;
    }

    private static int rank(String code, Locale locale, String storeLanguage) {
        List<String> parts = Arrays.asList(code.split("_"));
        String language = locale.getLanguage().toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && parts.get(0).equals(language)) {
            if (parts.size() == 1) {
                return 1;
            }
            String region = locale.getCountry().toLowerCase(Locale.ROOT);
            String script = locale.getScript().toLowerCase(Locale.ROOT);
            if (parts.size() == 2 && (parts.get(1).equals(region) || parts.get(1).equals(script))
                    || parts.equals(List.of(language, script, region))) {
                return 0;
            }
            String family = family(List.of(region, script));
            return !family.isEmpty() && family.equals(family(parts.subList(1, parts.size()))) ? 2 : 3;
        }
        return code.equals(storeLanguage) ? 4 : 5;
    }

    private static String family(List<String> tags) {
        for (String tag : tags) {
            if (TRADITIONAL.contains(tag)) {
                return "hant";
            }
            if (SIMPLIFIED.contains(tag)) {
                return "hans";
            }
        }
        return "";
    }

    private static String normalized(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
