package io.smm.membership.admin.web;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The host's {@code userDetailsService} answers {@code null} for an unknown user name
 * (docs/host-seams.md#the-admin-pages-security-chain), which Spring Security logs as an internal error; this says "not
 * found" instead, an ordinary failed login.
 */
final class RefusingUnknownUsers implements UserDetailsService {

    private final UserDetailsService host;

    RefusingUnknownUsers(UserDetailsService host) {
        this.host = host;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails user = host.loadUserByUsername(username);
        if (user == null) {
            throw new UsernameNotFoundException("No administrator of that name");
        }
        return user;
    }
}
