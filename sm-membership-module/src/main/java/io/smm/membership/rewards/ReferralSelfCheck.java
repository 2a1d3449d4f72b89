package io.smm.membership.rewards;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether a friend is the referrer after all: the same account, the same e-mail address in any case, or the same
 * delivery address once trimmed, case-folded and with its whitespace collapsed. Blank addresses never match.
 */
final class ReferralSelfCheck {

    private ReferralSelfCheck() {
    }

    static boolean isSelf(RewardCustomer referrer, RewardCustomer friend) {
        return referrer.id() == friend.id()
                || same(referrer.email(), friend.email())
                || same(referrer.deliveryAddress(), friend.deliveryAddress());
    }

    static String normalized(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean same(String one, String other) {
        String normalized = normalized(one);
        return normalized != null && Objects.equals(normalized, normalized(other));
    }
}
