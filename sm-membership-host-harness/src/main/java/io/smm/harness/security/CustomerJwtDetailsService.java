package io.smm.harness.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import com.salesmanager.core.model.customer.Customer;

import io.smm.harness.customer.StandInCustomerService;
import io.smm.harness.user.StandInGroupService;

/**
 * Bean {@code jwtCustomerDetailsService}: customers by nick, with {@code ROLE_AUTH_CUSTOMER} plus the plain
 * permission names of their groups ({@code AUTH}, {@code AUTH_CUSTOMER} for group CUSTOMER).
 */
@Service("jwtCustomerDetailsService")
public class CustomerJwtDetailsService implements UserDetailsService {

    private final StandInCustomerService customerService;
    private final StandInGroupService groupService;

    public CustomerJwtDetailsService(StandInCustomerService customerService, StandInGroupService groupService) {
        this.customerService = customerService;
        this.groupService = groupService;
    }

    @Override
    public UserDetails loadUserByUsername(String nick) {
        Customer customer = customerService.getByNick(nick);
        if (customer == null) {
            throw new UsernameNotFoundException("User " + nick + " not found");
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_AUTH_CUSTOMER"));
        for (String permission : groupService.listPermissionNames(customerService.getGroupIds(customer.getId()))) {
            authorities.add(new SimpleGrantedAuthority(permission));
        }
        return new JwtPrincipal(customer.getId(), nick, customer.getPassword(), authorities);
    }
}
