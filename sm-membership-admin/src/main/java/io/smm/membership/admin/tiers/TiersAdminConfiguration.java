package io.smm.membership.admin.tiers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.groups.GroupService;
import io.smm.membership.tiers.SpendBackfill;
import io.smm.membership.tiers.TierCharts;
import io.smm.membership.tiers.TierJob;
import io.smm.membership.tiers.TierJobSchedule;
import io.smm.membership.tiers.TierPreviewer;
import io.smm.membership.tiers.TierService;
import io.smm.membership.identity.CurrentOwner;

/** The owner's pages for tiers that move by spend: settings, ladder, the daily job, the backfill, the charts. */
@Configuration(proxyBeanMethods = false)
public class TiersAdminConfiguration {

    @Bean
    TierAdminController membershipTierAdminController(CurrentOwner owner, TierService tiers, GroupService groups,
            TierJob job, SpendBackfill backfill, TierJobSchedule schedule, TierPreviewer previewer) {
        return new TierAdminController(owner, tiers, groups, job, backfill, schedule, previewer);
    }

    /** Page texts come from the host's message source, which our admin bundles extend. */
    @Bean
    TierChartsAdminController membershipTierChartsAdminController(CurrentOwner owner, TierCharts charts,
            GroupService groups, @Qualifier("messageSource") MessageSource messages) {
        return new TierChartsAdminController(owner, charts, groups, messages);
    }
}
