package io.smm.membership.affiliates;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentShopper;

/**
 * The short tracking link {@code /a/{ID}?to=/path}: always a 302, to the path when it is one of this shop, else to
 * the storefront's home (counted as a foreign redirect). An unknown or suspended id still redirects, without cookie.
 */
@RestController
class TrackingLinkController {

    private static final Logger LOGGER = LoggerFactory.getLogger(TrackingLinkController.class);
    private static final String HOME = "/";

    private final TrackingService tracking;
    private final TrackingCookies cookies;
    private final CurrentShopper shopper;
    private final String storefront;

    /** @param storefrontUrl the storefront's address, prefixed to the target; blank for this host's own paths */
    TrackingLinkController(TrackingService tracking, TrackingCookies cookies, CurrentShopper shopper,
            String storefrontUrl) {
        this.tracking = tracking;
        this.cookies = cookies;
        this.shopper = shopper;
        this.storefront = storefrontUrl == null ? "" : storefrontUrl.trim().replaceAll("/+$", "");
    }

    @GetMapping("/a/{trackingId}")
    ResponseEntity<Void> follow(@PathVariable String trackingId, @RequestParam(required = false) String to,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<String> path = to == null || to.isEmpty() ? Optional.of(HOME) : TrackingRedirect.pathOf(to);
        String target = path.orElse(HOME);
        try {
            String storeCode = shopper.get().storeCode();
            if (path.isEmpty()) {
                tracking.reject(storeCode, RejectReason.FOREIGN_REDIRECT, trackingId, request.getRemoteAddr());
            }
            ClickInput click = new ClickInput(trackingId, target, request.getHeader(HttpHeaders.REFERER),
                    request.getRemoteAddr(), null);
            tracking.click(storeCode, click).ifPresent(clicked -> cookies.remember(request, response, storeCode,
                    clicked));
            IgnoredClicks.count(request, tracking);
        } catch (RuntimeException failed) {
            LOGGER.warn("Could not track the affiliate link {}: {}", trackingId, failed.toString());
        }
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, storefront + target)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
