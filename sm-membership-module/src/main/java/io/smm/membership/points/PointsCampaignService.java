package io.smm.membership.points;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MemberGroup;

/** The owner's points campaigns: entered in the store's time zone, stored in UTC (docs/points.md#earning). */
public class PointsCampaignService {

    private static final String UNKNOWN = "membership.points.campaign.unknown";

    private final PointsCampaignRepository campaigns;
    private final GroupService groups;
    private final ZoneId zone;

    PointsCampaignService(PointsCampaignRepository campaigns, GroupService groups, ZoneId zone) {
        this.campaigns = campaigns;
        this.groups = groups;
        this.zone = zone;
    }

    /** The store's campaigns, the latest start first. */
    @Transactional(readOnly = true)
    public List<PointsCampaignView> list(String storeCode) {
        return campaigns.findByStoreCodeOrderByStartsAtDescIdDesc(storeCode).stream()
                .map(campaign -> PointsCampaignView.of(campaign, zone)).collect(Collectors.toList());
    }

    /** @throws NotFoundException for another store's or an unknown campaign */
    @Transactional(readOnly = true)
    public PointsCampaignView get(String storeCode, long id) {
        return PointsCampaignView.of(find(storeCode, id), zone);
    }

    /** @throws io.smm.membership.web.InvalidInputException naming every broken field */
    @Transactional
    public PointsCampaignView create(String storeCode, PointsCampaignDraft draft) {
        draft.requireNoProblems(draft.check(groupIds(storeCode)));
        return PointsCampaignView.of(campaigns.save(new PointsCampaign(storeCode, draft.getName().strip(),
                utc(draft.getStartsAt()), utc(draft.getEndsAt()), draft.getMultiplier(), draft.categorySet(),
                draft.groupSet())), zone);
    }

    /**
     * @throws NotFoundException for another store's or an unknown campaign
     * @throws io.smm.membership.web.InvalidInputException naming every broken field
     */
    @Transactional
    public PointsCampaignView update(String storeCode, long id, PointsCampaignDraft draft) {
        PointsCampaign campaign = find(storeCode, id);
        draft.requireNoProblems(draft.check(groupIds(storeCode)));
        campaign.change(draft.getName().strip(), utc(draft.getStartsAt()), utc(draft.getEndsAt()),
                draft.getMultiplier(), draft.categorySet(), draft.groupSet());
        return PointsCampaignView.of(campaigns.saveAndFlush(campaign), zone);
    }

    /** @throws NotFoundException for another store's or an unknown campaign */
    @Transactional
    public void delete(String storeCode, long id) {
        campaigns.delete(find(storeCode, id));
    }

    /** The store's time zone, in which campaigns are entered and shown. */
    public ZoneId zone() {
        return zone;
    }

    private PointsCampaign find(String storeCode, long id) {
        return campaigns.findByIdAndStoreCode(id, storeCode).orElseThrow(() -> new NotFoundException(UNKNOWN, id));
    }

    private Set<Long> groupIds(String storeCode) {
        return groups.list(storeCode).stream().map(MemberGroup::getId).collect(Collectors.toSet());
    }

    private Instant utc(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }
}
