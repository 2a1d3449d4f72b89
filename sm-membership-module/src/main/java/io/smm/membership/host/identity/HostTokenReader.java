package io.smm.membership.host.identity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ReflectionUtils;

/**
 * Reads the login name from a Shopizer JWT with the host's own bean {@code JWTTokenUtil}
 * ({@code getUsernameFromToken}, which checks signature and expiry with the host's secret,
 * docs/host-seams.md#the-shopper-and-the-owner), so the secret never has to be configured twice. The class is not
 * published, so it is bound by method name.
 */
class HostTokenReader {

    private static final Logger log = LoggerFactory.getLogger(HostTokenReader.class);

    private final Object jwtTokenUtil;
    private final Method getUsernameFromToken;

    HostTokenReader(Object jwtTokenUtil) {
        this.jwtTokenUtil = jwtTokenUtil;
        this.getUsernameFromToken = ReflectionUtils.findMethod(jwtTokenUtil.getClass(), "getUsernameFromToken",
                String.class);
        if (getUsernameFromToken == null) {
            throw new IllegalStateException("Host bean JWTTokenUtil has no getUsernameFromToken(String)");
        }
    }

    /** The token's subject, or empty when the token is malformed, forged or expired. */
    Optional<String> username(String token) {
        try {
            return Optional.ofNullable((String) getUsernameFromToken.invoke(jwtTokenUtil, token));
        } catch (InvocationTargetException rejected) {
            log.debug("Ignoring a bearer token the host rejects: {}", rejected.getCause().toString());
            return Optional.empty();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
