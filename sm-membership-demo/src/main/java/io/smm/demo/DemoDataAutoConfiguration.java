package io.smm.demo;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigureAfter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.harness.StandInCatalog;
import io.smm.membership.autoconfigure.MembershipAutoConfiguration;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.groups.ApplicationService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;

/** Loads the demo shop into an empty stand-in host. Only the demo puts this jar on {@code loader.path}. */
@Configuration(proxyBeanMethods = false)
@AutoConfigureAfter(MembershipAutoConfiguration.class)
@ConditionalOnBean({ StandInCatalog.class, GroupService.class })
public class DemoDataAutoConfiguration {

    @Bean
    DemoData membershipDemoData(StandInCatalog catalog, GroupService groups, MembershipService memberships,
            ApplicationService applications, CouponService coupons, @Qualifier("membershipClock") Clock clock) {
        return new DemoData(catalog, groups, memberships, applications, coupons,
                clock instanceof DemoClock ? (DemoClock) clock : null);
    }

    @Bean
    TierChangeLog membershipDemoTierChangeLog() {
        return new TierChangeLog();
    }
}
