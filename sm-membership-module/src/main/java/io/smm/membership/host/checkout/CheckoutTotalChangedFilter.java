package io.smm.membership.host.checkout;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.smm.membership.host.web.ProblemWriter;
import io.smm.membership.web.ProblemAdvice;

/**
 * Says why the host refused a checkout whose total changed since the shopper saw it, as when the owner changes a
 * member price rule in between. Shopizer hands its reason ("Payment.amount does not match what the system has
 * calculated...") to {@code sendError(503, ...)} (docs/host-seams.md#refusals-on-the-hosts-paths),
 * and Spring Boot shows no error message by default, so the shopper would get a bare 503. The status stays the
 * host's; the body becomes problem+json naming the new total, in the shopper's language. Every other answer of the
 * checkout passes untouched.
 */
class CheckoutTotalChangedFilter extends OncePerRequestFilter {

    static final String CODE = "membership.problem.checkout-total-changed";
    private static final Pattern TOTAL_CHANGED = Pattern.compile(
            "Payment\\.amount does not match what the system has calculated (\\S+) \\(received ([^)]*)\\)");

    private final ProblemAdvice problems;

    CheckoutTotalChangedFilter(ProblemAdvice problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/checkout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TotalChangedCatcher catcher = new TotalChangedCatcher(response);
        chain.doFilter(request, catcher);
        if (catcher.refusal == null || response.isCommitted()) {
            return; // a committed answer cannot be changed, as the host's own sendError could not have
        }
        ProblemWriter.write(response, problems.problem(HttpStatus.SERVICE_UNAVAILABLE, CODE,
                new Object[] { catcher.refusal.group(1), catcher.refusal.group(2) }, request));
    }

    /** Keeps the host's "total changed" error from reaching the container; lets every other error through. */
    private static final class TotalChangedCatcher extends HttpServletResponseWrapper {

        Matcher refusal;

        TotalChangedCatcher(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            Matcher matcher = message == null ? null : TOTAL_CHANGED.matcher(message);
            if (status == HttpStatus.SERVICE_UNAVAILABLE.value() && matcher != null && matcher.find()) {
                refusal = matcher;
            } else {
                super.sendError(status, message);
            }
        }
    }
}
