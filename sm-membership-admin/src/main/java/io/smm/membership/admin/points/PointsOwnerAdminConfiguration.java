package io.smm.membership.admin.points;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.smm.membership.admin.autoconfigure.MembershipAdminProperties;
import io.smm.membership.admin.web.PageSize;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.groups.GroupService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.points.PointsCampaignService;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.points.PointsOwnerService;
import io.smm.membership.points.PointsSettingsService;

/** The owner's points pages: settings, campaigns, a member's points and grants by CSV. */
@Configuration(proxyBeanMethods = false)
public class PointsOwnerAdminConfiguration {

    @Bean
    PointsSettingsAdminController membershipPointsSettingsAdminController(CurrentOwner owner,
            PointsSettingsService settings, GroupService groups) {
        return new PointsSettingsAdminController(owner, settings, groups);
    }

    @Bean
    PointsCampaignAdminController membershipPointsCampaignAdminController(CurrentOwner owner,
            PointsCampaignService campaigns, GroupService groups, CatalogLookupService catalog) {
        return new PointsCampaignAdminController(owner, campaigns, groups, catalog);
    }

    @Bean
    PointsMemberAdminController membershipPointsMemberAdminController(CurrentOwner owner, PointsOwnerService points,
            PointsLedger ledger, MembershipAdminProperties properties) {
        return new PointsMemberAdminController(owner, points, ledger, PageSize.of(properties));
    }

    @Bean
    PointsGrantAdminController membershipPointsGrantAdminController(CurrentOwner owner, PointsOwnerService points) {
        return new PointsGrantAdminController(owner, points);
    }
}
