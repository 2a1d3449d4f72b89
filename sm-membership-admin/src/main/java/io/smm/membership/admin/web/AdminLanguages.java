package io.smm.membership.admin.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language switch: {@code ?lang=en|zh_TW|zh_CN} on {@code /membership/**} only (host APIs use
 * {@code ?lang=} for their own language parameter), stored by the host's {@code localeResolver}. Other values are
 * ignored rather than stored in the session the host shares.
 */
final class AdminLanguages extends LocaleChangeInterceptor {

    static final String PARAMETER = "lang";
    static final Map<String, Locale> SUPPORTED = Map.of("en", Locale.ENGLISH, "zh_TW", Locale.TRADITIONAL_CHINESE,
            "zh_CN", Locale.SIMPLIFIED_CHINESE);

    AdminLanguages() {
        setParamName(PARAMETER);
        setIgnoreInvalidLocale(true);
    }

    @Override
    protected Locale parseLocaleValue(String value) {
        Locale locale = SUPPORTED.get(value.trim().replace('-', '_'));
        if (locale == null) {
            throw new IllegalArgumentException("Unsupported language");
        }
        return locale;
    }
}
