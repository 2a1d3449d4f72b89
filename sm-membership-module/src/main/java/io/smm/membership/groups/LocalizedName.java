package io.smm.membership.groups;

import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A group's name in English, traditional and simplified Chinese; missing translations fall back to English. */
@Embeddable
public class LocalizedName {

    @Column(name = "NAME_EN", nullable = false)
    private String english;

    @Column(name = "NAME_ZH_TW")
    private String traditionalChinese;

    @Column(name = "NAME_ZH_CN")
    private String simplifiedChinese;

    protected LocalizedName() {
    }

    public LocalizedName(String english, String traditionalChinese, String simplifiedChinese) {
        this.english = english;
        this.traditionalChinese = blankToNull(traditionalChinese);
        this.simplifiedChinese = blankToNull(simplifiedChinese);
    }

    public String getEnglish() {
        return english;
    }

    public String getTraditionalChinese() {
        return traditionalChinese;
    }

    public String getSimplifiedChinese() {
        return simplifiedChinese;
    }

    /** The name for a locale: zh_TW, zh_HK and zh_Hant read traditional, other Chinese simplified. */
    public String in(Locale locale) {
        if (locale == null || !"zh".equals(locale.getLanguage())) {
            return english;
        }
        boolean traditional = "Hant".equals(locale.getScript()) || "TW".equals(locale.getCountry())
                || "HK".equals(locale.getCountry()) || "MO".equals(locale.getCountry());
        String name = traditional ? traditionalChinese : simplifiedChinese;
        return name == null ? english : name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
