package io.smm.membership.host.web;

import javax.servlet.http.HttpServletRequest;

import org.slf4j.ILoggerFactory;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import io.smm.membership.checkout.CheckoutRefusedException;

/**
 * Keeps a refused coupon out of the host's error log. The host's controllers log what they catch as an ERROR with
 * its stack trace (its REST error handler, its authenticated checkout), and our refusal passes through them on the
 * promo endpoint and at checkout. {@link CouponRefusalFilter} answers such a request itself and logs the refusal in
 * one line; this logback turbo filter drops the events of that request that carry the refusal. Every other event
 * passes, another failure of the same request included.
 */
final class RefusalLogFilter extends TurboFilter {

    private static final RefusalLogFilter INSTANCE = new RefusalLogFilter();
    private static final int DEEPEST_CAUSE = 32;

    private RefusalLogFilter() {
        setName("sm-membership-coupon-refusals");
        start();
    }

    /** Adds the filter to the host's logback, once; again after the host resets its logging. */
    static void installIn(ILoggerFactory loggers) {
        if (loggers instanceof LoggerContext) {
            ((LoggerContext) loggers).getTurboFilterList().addIfAbsent(INSTANCE);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        Throwable thrown = t != null ? t : lastThrowable(params);
        if (thrown == null || !carriesRefusal(thrown)) {
            return FilterReply.NEUTRAL;
        }
        HttpServletRequest request = HostPaths.currentRequest();
        return request != null && HostRequest.of(request).refusal().isPresent() ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }

    /** The throwable of {@code log.error("... {}", argument, exception)}, which logback passes among the arguments. */
    private static Throwable lastThrowable(Object[] params) {
        if (params == null || params.length == 0) {
            return null;
        }
        Object last = params[params.length - 1];
        return last instanceof Throwable ? (Throwable) last : null;
    }

    private static boolean carriesRefusal(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
            if (cause instanceof CheckoutRefusedException) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
