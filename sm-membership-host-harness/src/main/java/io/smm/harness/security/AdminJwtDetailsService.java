package io.smm.harness.security;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import com.salesmanager.core.model.user.User;

import io.smm.harness.user.StandInGroupService;
import io.smm.harness.user.StandInUserService;

/**
 * Bean {@code jwtAdminDetailsService}: administrators by user name, with {@code ROLE_AUTH} plus the plain
 * permission names of their groups ({@code SUPERADMIN}, {@code ADMIN}, ...).
 */
@Service("jwtAdminDetailsService")
public class AdminJwtDetailsService implements UserDetailsService {

    private final StandInUserService userService;
    private final StandInGroupService groupService;

    public AdminJwtDetailsService(StandInUserService userService, StandInGroupService groupService) {
        this.userService = userService;
        this.groupService = groupService;
    }

    @Override
    public UserDetails loadUserByUsername(String userName) {
        User user = userService.getByUserName(userName);
        if (user == null) {
            throw new UsernameNotFoundException("User " + userName + " not found");
        }
        List<GrantedAuthority> authorities = AdminAuthorities.of(user, groupService, "");
        return new JwtPrincipal(user.getId(), userName, user.getAdminPassword(), authorities);
    }
}
