package io.smm.membership.host.checkout;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.smm.membership.checkout.CheckoutRefusal;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.host.web.ProblemWriter;
import io.smm.membership.web.ProblemAdvice;

/**
 * Tells the shopper why a cart change or a checkout was refused, when the refusal happened inside the host: a coupon
 * applied through the host's promo endpoint, a checkout whose coupon no longer applies, a product added or checked
 * out that the shopper may not buy. The host turns our refusal into its own error (a 503 through {@code sendError}
 * at an authenticated checkout, a 400 or 500 with its error body elsewhere,
 * docs/host-seams.md#refusals-on-the-hosts-paths); the answer is held back and, when the request was refused for a
 * reason of ours, replaced by a 409 problem+json with the reason in the shopper's language, and logged in one line at
 * INFO (the host's own ERROR for it is dropped, (RefusalLogFilter)). Every other answer passes unchanged.
 */
class CouponRefusalFilter extends OncePerRequestFilter {

    private static final Logger LOGGER = LoggerFactory.getLogger(CouponRefusalFilter.class);

    private final ProblemAdvice problems;

    CouponRefusalFilter(ProblemAdvice problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method)) || !request.getRequestURI().contains("/cart");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HeldAnswer held = new HeldAnswer(request, response);
        chain.doFilter(request, held);
        Optional<CheckoutRefusal> refusal = HostRequest.of(request).refusal();
        if (refusal.isEmpty()) {
            held.copyBodyToResponse();
            return;
        }
        LOGGER.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                refusal.get().messageKey());
        ProblemWriter.write(response, problems.problem(HttpStatus.CONFLICT, refusal.get().messageKey(),
                new Object[0], request));
    }

    /** Holds the host's answer back; drops the host's error page once the request is refused for a coupon. */
    private static final class HeldAnswer extends ContentCachingResponseWrapper {

        private final HttpServletRequest request;

        HeldAnswer(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (HostRequest.of(request).refusal().isEmpty()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (HostRequest.of(request).refusal().isEmpty()) {
                super.sendError(status);
            }
        }
    }
}
