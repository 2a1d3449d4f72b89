package io.smm.harness.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.salesmanager.core.model.user.Group;
import com.salesmanager.core.model.user.User;

import io.smm.harness.user.StandInGroupService;

/** An administrator's authorities as the host grants them: ROLE_AUTH plus a name per permission of their groups. */
final class AdminAuthorities {

    private AdminAuthorities() {
    }

    /** {@code permissionPrefix} is "ROLE_" for the form-login service and "" for the JWT one. */
    static List<GrantedAuthority> of(User user, StandInGroupService groups, String permissionPrefix) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_AUTH"));
        List<Integer> groupIds = user.getGroups().stream().map(Group::getId).collect(Collectors.toList());
        for (String permission : groups.listPermissionNames(groupIds)) {
            authorities.add(new SimpleGrantedAuthority(permissionPrefix + permission));
        }
        return authorities;
    }
}
