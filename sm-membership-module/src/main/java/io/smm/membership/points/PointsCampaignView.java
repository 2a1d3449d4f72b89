package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** A campaign as the owner sees it: its window in the store's time zone; no category or group means all. */
public final class PointsCampaignView {

    private final long id;
    private final String name;
    private final LocalDateTime startsAt;
    private final LocalDateTime endsAt;
    private final BigDecimal multiplier;
    private final List<Long> categoryIds;
    private final List<Long> groupIds;

    private PointsCampaignView(PointsCampaign campaign, ZoneId zone) {
        this.id = campaign.getId();
        this.name = campaign.getName();
        this.startsAt = LocalDateTime.ofInstant(campaign.getStartsAt(), zone);
        this.endsAt = LocalDateTime.ofInstant(campaign.getEndsAt(), zone);
        this.multiplier = campaign.getMultiplier().stripTrailingZeros();
        this.categoryIds = campaign.getCategoryIds().stream().sorted().collect(Collectors.toList());
        this.groupIds = campaign.getGroupIds().stream().sorted().collect(Collectors.toList());
    }

    static PointsCampaignView of(PointsCampaign campaign, ZoneId zone) {
        return new PointsCampaignView(campaign, zone);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    public List<Long> getGroupIds() {
        return groupIds;
    }
}
