package io.smm.membership.rewards;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentShopper;

/**
 * The invite link {@code /i/{code}}: a 302 to the storefront's home, with the invite cookie when the code is a
 * member's, so the friend's registration binds them.
 */
@RestController
class InviteLinkController {

    private final InviteService invites;
    private final InviteCookie cookie;
    private final CurrentShopper shopper;
    private final String home;

    /** @param storefrontUrl the storefront's address; blank for this host's own home */
    InviteLinkController(InviteService invites, InviteCookie cookie, CurrentShopper shopper, String storefrontUrl) {
        this.invites = invites;
        this.cookie = cookie;
        this.shopper = shopper;
        this.home = (storefrontUrl == null ? "" : storefrontUrl.trim().replaceAll("/+$", "")) + "/";
    }

    @GetMapping("/i/{code}")
    ResponseEntity<Void> follow(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        String storeCode = shopper.get().storeCode();
        Optional<Long> referrer = invites.referrerOf(storeCode, code);
        if (referrer.isPresent()) {
            cookie.remember(request, response, storeCode, InviteCodes.normalized(code));
        }
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, home)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
