package io.smm.membership.host.identity;

import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.errors.RefusedException;
import io.smm.membership.host.web.HostPaths;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;

/**
 * The host admin user authenticated on this request, by the host's admin JWT chain (authorities are plain
 * permission names there) or by the admin pages' form login (authorities {@code ROLE_<permission>}),
 * docs/host-seams.md#the-shopper-and-the-owner.
 * Only SUPERADMIN and ADMIN may manage membership; a SUPERADMIN may pick another store with {@code ?store=}.
 */
public class ShopizerCurrentOwner implements CurrentOwner {

    private static final Set<String> OWNER_AUTHORITIES = Set.of("SUPERADMIN", "ADMIN", "ROLE_SUPERADMIN",
            "ROLE_ADMIN");
    private static final Set<String> SUPERADMIN = Set.of("SUPERADMIN", "ROLE_SUPERADMIN");

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Owner get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || !has(authentication, OWNER_AUTHORITIES)) {
            throw new RefusedException("membership.owner.forbidden");
        }
        String name = authentication.getName();
        List<String> stores = entityManager
                .createQuery("select u.merchantStore.code from User u where u.adminName = :name", String.class)
                .setParameter("name", name).getResultList();
        if (stores.isEmpty()) {
            throw new RefusedException("membership.owner.forbidden");
        }
        String requested = requestedStore();
        if (requested != null && has(authentication, SUPERADMIN) && !requested.equals(stores.get(0))) {
            return new Owner(name, existingStore(requested));
        }
        return new Owner(name, stores.get(0));
    }

    private String existingStore(String code) {
        Long count = entityManager.createQuery("select count(m) from MerchantStore m where m.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (count == 0) {
            throw new NotFoundException("membership.store.not-found", code);
        }
        return code;
    }

    private static String requestedStore() {
        HttpServletRequest request = HostPaths.currentRequest();
        String store = request == null ? null : request.getParameter("store");
        return store == null || store.isBlank() ? null : store;
    }

    private static boolean has(Authentication authentication, Set<String> wanted) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (wanted.contains(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
