package io.smm.membership.groups;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.CurrentShopper;

/**
 * Member groups, memberships, applications and their history: services, repositories on the host's entity
 * manager, and the JSON endpoints.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = GroupsConfiguration.class, entityManagerFactoryRef = "entityManagerFactory",
        transactionManagerRef = "transactionManager")
public class GroupsConfiguration {

    @Bean
    GroupService membershipGroupService(GroupRepository groups, MembershipRepository memberships,
            GroupApplicationRepository applications, @Qualifier("membershipClock") Clock clock) {
        return new GroupService(groups, memberships, applications, clock);
    }

    @Bean
    MembershipService membershipMembershipService(GroupService groupService, MembershipRepository memberships,
            MembershipChangeRepository history, StandingLock standings, MemberDirectory directory,
            @Qualifier("membershipClock") Clock clock) {
        return new MembershipService(groupService, memberships, history, standings, directory, clock);
    }

    @Bean
    ApplicationService membershipApplicationService(GroupService groups, MembershipService memberships,
            GroupApplicationRepository applications, @Qualifier("membershipClock") Clock clock) {
        return new ApplicationService(groups, memberships, applications, clock);
    }

    @Bean
    StandingRows membershipStandingRows(CustomerStandingRepository standings) {
        return new StandingRows(standings);
    }

    @Bean
    StandingLock membershipStandingLock(CustomerStandingRepository standings, StandingRows standingRows) {
        return new StandingLock(standings, standingRows);
    }

    @Bean
    TierPlacement membershipTierPlacement(MembershipService memberships, MembershipRepository rows) {
        return new TierPlacement(memberships, rows);
    }

    @Bean
    TierHistory membershipTierHistory(MembershipChangeRepository history) {
        return new TierHistory(history);
    }

    @Bean
    MemberQueries membershipMemberQueries(MemberDirectory directory, MembershipService memberships,
            GroupService groups, @Qualifier("membershipMessages") MessageSource messages) {
        return new MemberQueries(directory, memberships, groups, messages);
    }

    @Bean
    ShopperMembershipApiController membershipShopperApiController(CurrentShopper shopper,
            MembershipService memberships, ApplicationService applications) {
        return new ShopperMembershipApiController(shopper, memberships, applications);
    }

    @Bean
    GroupOwnerApiController membershipGroupOwnerApiController(CurrentOwner owner, GroupService groups) {
        return new GroupOwnerApiController(owner, groups);
    }

    @Bean
    MemberOwnerApiController membershipMemberOwnerApiController(CurrentOwner owner, MemberQueries members,
            MembershipService memberships) {
        return new MemberOwnerApiController(owner, members, memberships);
    }

    @Bean
    ApplicationOwnerApiController membershipApplicationOwnerApiController(CurrentOwner owner,
            ApplicationService applications) {
        return new ApplicationOwnerApiController(owner, applications);
    }
}
