package io.smm.harness.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

import org.springframework.web.util.HtmlUtils;

/**
 * Parameters and headers HTML-encoded, as the host's {@code XssHttpServletRequestWrapper} returns them. Like the
 * host's, it overrides {@code getParameter}, {@code getParameterValues} and {@code getHeader} only.
 */
public class StandInXssHttpServletRequestWrapper extends HttpServletRequestWrapper {

    public StandInXssHttpServletRequestWrapper(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getHeader(String name) {
        return encode(super.getHeader(name));
    }

    @Override
    public String getParameter(String name) {
        return encode(super.getParameter(name));
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = super.getParameterValues(name);
        if (values == null) {
            return null;
        }
        String[] encoded = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            encoded[i] = encode(values[i]);
        }
        return encoded;
    }

    private static String encode(String value) {
        return value == null ? null : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
