package io.smm.harness.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

import com.salesmanager.core.model.user.User;

import io.smm.harness.user.StandInGroupService;
import io.smm.harness.user.StandInUserService;

/**
 * Bean {@code userDetailsService}, the host's form-login service for administrators: {@code ROLE_AUTH} plus
 * {@code ROLE_<permission>} for every permission of the user's groups. Like the host it returns
 * {@code null} (instead of throwing) for an unknown user name.
 */
@Service("userDetailsService")
public class AdminFormDetailsService implements UserDetailsService {

    private final StandInUserService userService;
    private final StandInGroupService groupService;

    public AdminFormDetailsService(StandInUserService userService, StandInGroupService groupService) {
        this.userService = userService;
        this.groupService = groupService;
    }

    @Override
    public UserDetails loadUserByUsername(String userName) {
        User user = userService.getByUserName(userName);
        if (user == null) {
            return null;
        }
        List<GrantedAuthority> authorities = AdminAuthorities.of(user, groupService, "ROLE_");
        return new org.springframework.security.core.userdetails.User(userName, user.getAdminPassword(),
                user.isActive(), true, true, true, authorities);
    }
}
