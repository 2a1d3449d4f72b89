package io.smm.membership.groups;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a customer's name is written from its two parts, decided by the name's own script, never by the page's
 * language: a name written in Chinese, Japanese or Korean characters puts the family name first with no space
 * (王 + 浩 is "王浩"); any other name, or one that mixes scripts, puts the given name first with a space
 * ("Hao Wang"), so neither part runs into the other.
 */
final class FullNameRule {

    private static final Set<UnicodeScript> FAMILY_FIRST = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL);

    private FullNameRule() {
    }

    /** The full name, or null when both parts are blank. */
    static String compose(String given, String family) {
        String first = given == null ? "" : given.trim();
        String last = family == null ? "" : family.trim();
        if (first.isEmpty() || last.isEmpty()) {
            String single = first + last;
            return single.isEmpty() ? null : single;
        }
        return familyFirst(first) && familyFirst(last) ? last + first : first + " " + last;
    }

    /** Whether every letter of the part is Chinese, Japanese or Korean (and it has one at least). */
    private static boolean familyFirst(String part) {
        boolean anyLetter = false;
        for (int i = 0; i < part.length(); i = part.offsetByCodePoints(i, 1)) {
            int codePoint = part.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                if (!FAMILY_FIRST.contains(UnicodeScript.of(codePoint))) {
                    return false;
                }
                anyLetter = true;
            }
        }
        return anyLetter;
    }
}
