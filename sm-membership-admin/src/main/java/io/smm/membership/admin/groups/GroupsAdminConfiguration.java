package io.smm.membership.admin.groups;


import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.profile.MemberProfileService;
import io.smm.membership.tiers.TierService;
import io.smm.membership.identity.CurrentOwner;

/** The owner's pages for member groups: groups, members and the approval queue. */
@Configuration(proxyBeanMethods = false)
public class GroupsAdminConfiguration {

    @Bean
    GroupAdminController membershipGroupAdminController(CurrentOwner owner, GroupService groups,
            MemberQueries members) {
        return new GroupAdminController(owner, groups, members);
    }

    @Bean
    MemberAdminController membershipMemberAdminController(CurrentOwner owner, GroupService groups,
            MemberQueries members, MembershipService memberships, TierService tiers, MemberProfileService profiles,
            @Qualifier(MembershipAutoConfiguration.MESSAGES_BEAN) MessageSource messages,
            AdminTime time, SegmentService segments, StoreCurrencies currencies,
            MembershipAdminProperties properties) {
        return new MemberAdminController(owner, groups, members, memberships, tiers, profiles, messages, time,
                segments, currencies, PageSize.of(properties));
    }

    @Bean
    ApplicationAdminController membershipApplicationAdminController(CurrentOwner owner,
            ApplicationService applications, MembershipService memberships, MembershipAdminProperties properties) {
        return new ApplicationAdminController(owner, applications, memberships, PageSize.of(properties));
    }
}
