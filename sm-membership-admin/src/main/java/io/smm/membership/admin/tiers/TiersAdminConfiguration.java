package io.smm.membership.admin.tiers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.SpendBackfill;
import io.smm.membership.groups.TierJob;
import io.smm.membership.groups.TierJobSchedule;
import io.smm.membership.groups.TierPreviewer;
import io.smm.membership.groups.TierService;
import io.smm.membership.identity.CurrentOwner;

/** The owner's page for tiers that move by spend: settings, ladder, the daily job and the backfill. */
@Configuration(proxyBeanMethods = false)
public class TiersAdminConfiguration {

    @Bean
    TierAdminController membershipTierAdminController(CurrentOwner owner, TierService tiers, GroupService groups,
            TierJob job, SpendBackfill backfill, TierJobSchedule schedule, TierPreviewer previewer) {
        return new TierAdminController(owner, tiers, groups, job, backfill, schedule, previewer);
    }
}
