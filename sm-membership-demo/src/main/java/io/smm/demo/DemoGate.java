package io.smm.demo;

import java.io.IOException;
import java.util.UUID;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 to every request while the demo places its first orders through the shop's own checkout, which
 * needs the web server up: no one sees a half-loaded demo, and the start scripts, which wait for a 200, wait for
 * it. Only the demo's own requests, which carry {@link #HEADER} with this start's token, pass meanwhile.
 */
final class DemoGate extends OncePerRequestFilter {

    static final String HEADER = "X-Demo-Loader";

    private final String token = UUID.randomUUID().toString();
    private volatile boolean closed;

    void close() {
        closed = true;
    }

    void open() {
        closed = false;
    }

    boolean isClosed() {
        return closed;
    }

    String token() {
        return token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (closed && !token.equals(request.getHeader(HEADER))) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The demo is still loading its data");
            return;
        }
        chain.doFilter(request, response);
    }
}
