package io.smm.membership.rewards;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.smm.membership.identity.CustomerJoined;
import io.smm.membership.identity.CustomerJoinedListener;

/**
 * A customer's registration: the welcome reward (key {@code welcome:<customerId>}), and the binding to the member
 * whose invite brought them, from {@code ?invite=CODE} on the registration request, else the invite cookie.
 * It runs in the registration's request thread, after the registration committed.
 */
class RewardsOnJoin implements CustomerJoinedListener {

    static final String INVITE_PARAMETER = "invite";

    private final RewardSettingsService settings;
    private final RewardGrants grants;
    private final InviteService invites;
    private final InviteCookie cookie;

    RewardsOnJoin(RewardSettingsService settings, RewardGrants grants, InviteService invites, InviteCookie cookie) {
        this.settings = settings;
        this.grants = grants;
        this.invites = invites;
        this.cookie = cookie;
    }

    @Override
    public void joined(CustomerJoined joined) {
        long customerId = joined.customerId();
        grants.grant(joined.storeCode(), customerId, RewardKind.WELCOME, "once",
                settings.get(joined.storeCode()).welcome(), "welcome:" + customerId);
        inviteOfRequest(joined.storeCode()).ifPresent(code -> invites.bind(joined.storeCode(), customerId, code));
    }

    private Optional<String> inviteOfRequest(String storeCode) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = ((ServletRequestAttributes) attributes).getRequest();
        String typed = request.getParameter(INVITE_PARAMETER);
        return typed != null && !typed.isBlank() ? Optional.of(typed) : cookie.codeOf(request, storeCode);
    }
}
