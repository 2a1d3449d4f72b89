package io.smm.membership.web;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;

/** The locale our answers use: Accept-Language when the client sends it, the host's session locale otherwise. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null ? request.getLocale() : LocaleContextHolder.getLocale();
    }
}
