package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.smm.membership.web.Draft;
import io.smm.membership.web.Violation;

/**
 * A points campaign as the owner enters it: a name, a window in the store's time zone (start inclusive, end
 * exclusive), a multiplier above 0 and at most 10, and optionally categories and groups (none: all).
 */
public class PointsCampaignDraft extends Draft {

    static final int NAME_MAX = 120;
    static final BigDecimal MULTIPLIER_MAX = BigDecimal.TEN;
    private static final int MULTIPLIER_DECIMALS = 4;

    private String name;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private BigDecimal multiplier;
    private List<Long> categoryIds = new ArrayList<>();
    private List<Long> groupIds = new ArrayList<>();

    /** Its broken fields, each named; {@code knownGroups} are the store's group ids. */
    List<Violation> check(Set<Long> knownGroups) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "membership.points.campaign.name.required"));
        } else if (name.strip().length() > NAME_MAX) {
            violations.add(new Violation("name", "membership.points.campaign.name.length", NAME_MAX));
        }
        if (startsAt == null) {
            violations.add(new Violation("startsAt", "membership.points.campaign.required"));
        }
        if (endsAt == null) {
            violations.add(new Violation("endsAt", "membership.points.campaign.required"));
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            violations.add(new Violation("endsAt", "membership.points.campaign.ends-after-start"));
        }
        if (multiplier == null) {
            violations.add(new Violation("multiplier", "membership.points.campaign.required"));
        } else if (multiplier.signum() <= 0 || multiplier.compareTo(MULTIPLIER_MAX) > 0) {
            violations.add(new Violation("multiplier", "membership.points.campaign.multiplier.range", MULTIPLIER_MAX));
        } else if (multiplier.stripTrailingZeros().scale() > MULTIPLIER_DECIMALS) {
            violations.add(new Violation("multiplier", "membership.points.settings.decimals", MULTIPLIER_DECIMALS));
        }
        if (categoryIds.stream().anyMatch(id -> id == null || id <= 0)) {
            violations.add(new Violation("categoryIds", "membership.points.campaign.category.unknown"));
        }
        groupIds.stream().filter(id -> !knownGroups.contains(id)).findFirst().ifPresent(unknown -> violations
                .add(new Violation("groupIds", "membership.points.campaign.group.unknown", unknown)));
        return violations;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The first moment of the campaign, in the store's time zone. */
    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    /** The moment the campaign ends (exclusive), in the store's time zone. */
    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public BigDecimal getMultiplier() {
        return multiplier;
    }

    public void setMultiplier(BigDecimal multiplier) {
        this.multiplier = multiplier;
    }

    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(List<Long> categoryIds) {
        this.categoryIds = categoryIds == null ? new ArrayList<>() : categoryIds;
    }

    public List<Long> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<Long> groupIds) {
        this.groupIds = groupIds == null ? new ArrayList<>() : groupIds;
    }

    Set<Long> categorySet() {
        return new LinkedHashSet<>(categoryIds);
    }

    Set<Long> groupSet() {
        return new LinkedHashSet<>(groupIds);
    }
}
