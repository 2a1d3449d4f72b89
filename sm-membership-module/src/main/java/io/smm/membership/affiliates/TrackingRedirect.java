package io.smm.membership.affiliates;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a tracking link may send a shopper: a path of this shop only, never another site. A path starts with exactly
 * one {@code /}, holds only characters a URI may hold as they are, and no {@code //}, no {@code \}, no control or
 * blank characters (an encoded space aside) however often it is percent-decoded ({@code /%2F%2Fevil.example} is
 * {@code //evil.example} to a lenient proxy or browser).
 */
public final class TrackingRedirect {

    static final int MAX_LENGTH = 2000;
    /** More than any honest link needs: a target encoded deeper than this is refused. */
    private static final int DECODINGS = 3;
    /** What RFC 3986 lets a URI hold as it is: anything else must come percent-encoded. */
    private static final Pattern URI_CHARACTERS = Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]*");

    private TrackingRedirect() {
    }

    /** The target itself when it is a path of this shop; empty for anything else, or nothing given. */
    public static Optional<String> pathOf(String target) {
        if (target == null || target.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String decoded = target;
        for (int round = 0; round <= DECODINGS; round++) {
            if (!isPlainPath(decoded) || (round == 0 && !URI_CHARACTERS.matcher(decoded).matches())) {
                return Optional.empty();
            }
            if (decoded.indexOf('%') < 0) {
                return Optional.of(target);
            }
            Optional<String> next = percentDecoded(decoded);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            decoded = next.get();
        }
        return Optional.empty();
    }

    private static boolean isPlainPath(String path) {
        if (!path.startsWith("/") || path.contains("//") || path.indexOf('\\') >= 0) {
            return false;
        }
        return path.codePoints().noneMatch(c -> c != ' '
                && (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    /** Percent-decoding alone ({@code +} stays): empty when an escape is broken or the bytes are not UTF-8. */
    private static Optional<String> percentDecoded(String text) {
        try {
            return Optional.of(URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .filter(decoded -> decoded.indexOf('\uFFFD') < 0);
        } catch (IllegalArgumentException brokenEscape) {
            return Optional.empty();
        }
    }
}
