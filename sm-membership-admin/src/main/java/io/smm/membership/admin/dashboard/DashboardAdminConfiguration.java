package io.smm.membership.admin.dashboard;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.dashboard.DashboardService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.StoreCurrencies;

/** The owner's dashboard page, the members behind its figures and its CSV files. */
@Configuration(proxyBeanMethods = false)
public class DashboardAdminConfiguration {

    /** Page texts come from the host's message source, which our admin bundles extend. */
    @Bean
    DashboardAdminController membershipDashboardAdminController(CurrentOwner owner, DashboardService dashboard,
            GroupService groups, StoreCurrencies currencies, @Qualifier("messageSource") MessageSource messages,
            MembershipAdminProperties properties) {
        return new DashboardAdminController(owner, dashboard, groups, currencies, messages,
                PageSize.of(properties));
    }
}
