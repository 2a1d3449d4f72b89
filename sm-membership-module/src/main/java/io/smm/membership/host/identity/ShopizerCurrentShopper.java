package io.smm.membership.host.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import io.smm.membership.host.web.HostPaths;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;

/**
 * Finds the shopper of the current request, once per request (docs/host-seams.md#the-shopper-and-the-owner): the
 * customer authenticated on {@code /api/v*}{@code /auth/**}, else the customer named by any
 * {@code Authorization: Bearer} JWT (the host parses it only under {@code /api/v1/auth}), else the customer who owns
 * the cart in a {@code /cart/{code}} path, else a guest of the store in {@code ?store=} (the host's default store
 * otherwise). Owner paths ({@code /api/v*}{@code /private/**}) always see a guest, so owners get base prices.
 */
public class ShopizerCurrentShopper implements CurrentShopper {

    static final String REQUEST_ATTRIBUTE = ShopizerCurrentShopper.class.getName();
    private static final Pattern AUTH_PATH = Pattern.compile("/api/v\\d+/auth(/.*)?");
    private static final Pattern CART_PATH = Pattern.compile("/api/v\\d+/(?:auth/)?cart/([^/]+)(/.*)?");
    private static final String BEARER = "Bearer ";

    @PersistenceContext
    private EntityManager entityManager;

    private final HostTokenReader tokens;
    private final String defaultStoreCode;

    ShopizerCurrentShopper(HostTokenReader tokens, String defaultStoreCode) {
        this.tokens = tokens;
        this.defaultStoreCode = defaultStoreCode;
    }

    @Override
    public Shopper get() {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request == null) {
            return Shopper.guest(defaultStoreCode);
        }
        Shopper known = (Shopper) request.getAttribute(REQUEST_ATTRIBUTE);
        if (known == null) {
            known = resolve(request);
            request.setAttribute(REQUEST_ATTRIBUTE, known);
        }
        return known;
    }

    private Shopper resolve(HttpServletRequest request) {
        String path = HostPaths.pathOf(request);
        Optional<String> requestedStore = Optional.ofNullable(request.getParameter("store")).filter(s -> !s.isBlank());
        Shopper guest = Shopper.guest(requestedStore.orElse(defaultStoreCode));
        if (HostPaths.isOwnerPath(request)) {
            return guest;
        }
        return authenticatedNick(path).or(() -> bearerNick(request))
                .flatMap(nick -> customerByNick(nick, requestedStore))
                .or(() -> cartCustomer(path))
                .orElse(guest);
    }

    private static Optional<String> authenticatedNick(String path) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!AUTH_PATH.matcher(path).matches() || authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }

    private Optional<String> bearerNick(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            return Optional.empty();
        }
        return tokens.username(header.substring(BEARER.length()).trim());
    }

    /**
     * The customer with this login, in the store the customer belongs to. A login is unique per store only, so
     * when several stores have it, {@code ?store=} (else the default store) says which one is meant.
     */
    private Optional<Shopper> customerByNick(String nick, Optional<String> requestedStore) {
        List<Object[]> rows = entityManager.createQuery(
                "select c.id, c.merchantStore.code from Customer c where c.nick = :nick", Object[].class)
                .setParameter("nick", nick).getResultList();
        String wanted = requestedStore.orElse(defaultStoreCode);
        return rows.stream()
                .filter(row -> (rows.size() == 1 && requestedStore.isEmpty()) || wanted.equals(row[1]))
                .findFirst().map(row -> Shopper.customer((String) row[1], (Long) row[0]));
    }

    private Optional<Shopper> cartCustomer(String path) {
        Matcher cart = CART_PATH.matcher(path);
        if (!cart.matches()) {
            return Optional.empty();
        }
        List<Object[]> rows = entityManager.createQuery("select c.customerId, c.merchantStore.code from ShoppingCart c"
                + " where c.shoppingCartCode = :code and c.customerId is not null", Object[].class)
                .setParameter("code", cart.group(1)).getResultList();
        return rows.stream().findFirst().map(row -> Shopper.customer((String) row[1], (Long) row[0]));
    }
}
