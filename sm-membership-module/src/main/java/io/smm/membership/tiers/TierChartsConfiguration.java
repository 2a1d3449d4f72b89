package io.smm.membership.tiers;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupsConfiguration;
import io.smm.membership.groups.TierHistory;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.settings.MembershipProperties;

/** The tier charts: read-only over the tier history that {@link GroupsConfiguration}'s services write. */
@Configuration(proxyBeanMethods = false)
public class TierChartsConfiguration {

    @Bean
    TierCharts membershipTierCharts(TierHistory history, GroupService groups,
            @Qualifier("membershipClock") Clock clock, MembershipProperties properties) {
        return new TierCharts(history, groups, clock, properties.storeTimeZone());
    }

    @Bean
    TierChartsApiController membershipTierChartsApiController(CurrentOwner owner, TierCharts charts) {
        return new TierChartsApiController(owner, charts);
    }
}
