package io.smm.harness.security;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

import com.salesmanager.core.model.common.UserContext;

import io.jsonwebtoken.ExpiredJwtException;

/**
 * The host's {@code AuthenticationTokenFilter}: permissive CORS headers, a {@link UserContext} with the
 * client address, and a {@code Bearer} token parsed <em>only</em> when the URL contains {@code /api/v1/auth}
 * (customer) or {@code /api/v1/private} / {@code /api/v2/private} (administrator). A token with a bad
 * signature fails the request, as on the host; an expired one is ignored.
 */
public class StandInTokenFilter extends OncePerRequestFilter {

    private static final Logger LOGGER = LoggerFactory.getLogger(StandInTokenFilter.class);
    private static final String BEARER = "Bearer ";

    private final String tokenHeader;
    private final StandInJwtTokenUtil tokens;
    private final UserDetailsService customerDetails;
    private final UserDetailsService adminDetails;

    public StandInTokenFilter(String tokenHeader, StandInJwtTokenUtil tokens, UserDetailsService customerDetails,
            UserDetailsService adminDetails) {
        this.tokenHeader = tokenHeader;
        this.tokens = tokens;
        this.customerDetails = customerDetails;
        this.adminDetails = adminDetails;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        addCorsHeaders(request, response);
        UserContext userContext = UserContext.create();
        userContext.setIpAddress(request.getRemoteAddr());
        try {
            String url = request.getRequestURL().toString();
            if (url.contains("/api/v1/auth")) {
                authenticate(request, customerDetails);
            }
            if (url.contains("/api/v1/private") || url.contains("/api/v2/private")) {
                authenticate(request, adminDetails);
            }
            chain.doFilter(request, response);
        } finally {
            closeQuietly(userContext);
        }
    }

    private void authenticate(HttpServletRequest request, UserDetailsService details) throws ServletException {
        String header = request.getHeader(tokenHeader);
        if (header == null || !header.startsWith(BEARER)) {
            return;
        }
        String token = header.substring(BEARER.length());
        String username;
        try {
            username = tokens.getUsernameFromToken(token);
        } catch (IllegalArgumentException | ExpiredJwtException e) {
            LOGGER.warn("Ignoring unusable token: {}", e.getMessage());
            return;
        } catch (RuntimeException e) {
            throw new ServletException(e);
        }
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            return;
        }
        try {
            UserDetails user = details.loadUserByUsername(username);
            if (user != null && tokens.validateToken(token, user)) {
                UsernamePasswordAuthenticationToken authentication =
                        new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
                authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
        }
    }

    private static void addCorsHeaders(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("origin");
        response.setHeader("Access-Control-Allow-Methods", "POST, GET, PUT, OPTIONS, DELETE, PATCH");
        response.setHeader("Access-Control-Allow-Origin", origin == null || origin.isBlank() ? "*" : origin);
        response.setHeader("Access-Control-Allow-Headers",
                "X-Auth-Token, Content-Type, Authorization, Cache-Control, X-Requested-With");
        response.setHeader("Access-Control-Allow-Credentials", "true");
    }

    private static void closeQuietly(UserContext userContext) {
        try {
            userContext.close();
        } catch (Exception e) {
            LOGGER.debug("Could not close the user context", e);
        }
    }
}
