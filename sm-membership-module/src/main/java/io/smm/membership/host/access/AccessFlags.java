package io.smm.membership.host.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessReason;
import io.smm.membership.access.AccessTexts;
import io.smm.membership.access.Permission;

/**
 * The {@code membershipAccess} object added to a product the shopper may not simply buy:
 * {@code {priceHidden, buyable, coming, opensAt, reason:{kind, message}}}, as plain maps so the host's own
 * {@code ObjectMapper}, whatever its settings, writes it (docs/host-seams.md#category-restriction-price-hidden).
 */
final class AccessFlags {

    private final AccessTexts texts;

    AccessFlags(AccessTexts texts) {
        this.texts = texts;
    }

    Map<String, Object> of(Access access) {
        Map<String, Object> flag = new LinkedHashMap<>();
        flag.put("priceHidden", !access.showsPrice());
        flag.put("buyable", access.mayBuy());
        flag.put("coming", access.isComing());
        flag.put("opensAt", firstMissing(access).flatMap(access::opensAt).map(Instant::toString).orElse(null));
        flag.put("reason", access.reason().map(this::reason).orElse(null));
        return flag;
    }

    private Map<String, Object> reason(AccessReason reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", reason.kind().name());
        body.put("message", texts.message(reason, LocaleContextHolder.getLocale()));
        return body;
    }

    private static Optional<Permission> firstMissing(Access access) {
        for (Permission permission : Permission.values()) {
            if (!access.allows(permission)) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }
}
