package io.smm.membership.host.access;

import org.aspectj.lang.ProceedingJoinPoint;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * Answers a host call about something the shopper may not see exactly as the host answers one about something that
 * does not exist, whatever that answer is on the path (a 404 of its own, an empty list, a 500): the call is made again
 * with an argument nothing has, and the host's answer comes back, its error's text naming the asked value again
 * (docs/host-seams.md#category-restriction-other-paths).
 */
final class AsUnknown {

    /** An id no product or category has: the host's ids are generated from 1 up. */
    static final long NO_ID = -1L;
    /** A friendly URL or SKU nothing has: a path variable never holds a slash. */
    static final String NO_KEY = "/";
    private static final String ERROR_MESSAGE = "errorMessage";

    private AsUnknown() {
    }

    static Object replay(ProceedingJoinPoint call, int argument, Object nothing) throws Throwable {
        Object[] arguments = call.getArgs().clone();
        String asked = String.valueOf(arguments[argument]);
        arguments[argument] = nothing;
        try {
            return call.proceed(arguments);
        } catch (RuntimeException unknown) {
            throw naming(unknown, String.valueOf(nothing), asked);
        }
    }

    /**
     * The host's error naming the asked value again. The host's own exceptions keep their text in a property
     * {@code errorMessage} (their message is null), which is set on the same exception; others are made again.
     */
    private static RuntimeException naming(RuntimeException unknown, String nothing, String asked) {
        BeanWrapper host = PropertyAccessorFactory.forBeanPropertyAccess(unknown);
        if (host.isWritableProperty(ERROR_MESSAGE) && host.getPropertyValue(ERROR_MESSAGE) instanceof String) {
            host.setPropertyValue(ERROR_MESSAGE, ((String) host.getPropertyValue(ERROR_MESSAGE)).replace(nothing,
                    asked));
            return unknown;
        }
        String text = unknown.getMessage();
        if (text == null || !text.contains(nothing)) {
            return unknown;
        }
        try {
            return unknown.getClass().getConstructor(String.class).newInstance(text.replace(nothing, asked));
        } catch (ReflectiveOperationException noSuchConstructor) {
            return unknown;
        }
    }
}
