package io.smm.membership.host.identity;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.dashboard.MemberRoll;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.settings.MembershipProperties;

/** Who is asking (the host's tokens and security context) and the host's customers. */
@Configuration(proxyBeanMethods = false)
public class IdentitySeamConfiguration {

    @Bean
    CurrentShopper membershipCurrentShopper(@Qualifier("JWTTokenUtil") Object jwtTokenUtil,
            MembershipProperties properties) {
        return new ShopizerCurrentShopper(new HostTokenReader(jwtTokenUtil), properties.getDefaultStore());
    }

    @Bean
    CurrentOwner membershipCurrentOwner() {
        return new ShopizerCurrentOwner();
    }

    @Bean
    MemberDirectory membershipMemberDirectory() {
        return new ShopizerMemberDirectory();
    }

    @Bean
    MemberRoll membershipMemberRoll() {
        return new ShopizerMemberRoll();
    }
}
