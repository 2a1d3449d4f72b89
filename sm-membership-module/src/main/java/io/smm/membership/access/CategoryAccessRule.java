package io.smm.membership.access;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.smm.membership.time.UtcInstantConverter;

/** One cell a category sets itself: for one audience and permission, allow (from an instant, if given) or deny. */
@Entity(name = "SmmCategoryAccessRule")
@Table(name = "SMM_CATEGORY_ACCESS_RULE")
class CategoryAccessRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CATEGORY_ID", nullable = false)
    private long categoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUDIENCE_KIND", nullable = false)
    private Audience.Kind audienceKind;

    @Column(name = "AUDIENCE", nullable = false)
    private String audience;

    @Column(name = "GROUP_ID")
    private Long groupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERMISSION", nullable = false)
    private Permission permission;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private RuleState state;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "OPENS_AT")
    private Instant opensAt;

    protected CategoryAccessRule() {
    }

    CategoryAccessRule(String storeCode, long categoryId, Audience audience, Permission permission, RuleState state,
            Instant opensAt) {
        this.storeCode = storeCode;
        this.categoryId = categoryId;
        this.audienceKind = audience.kind();
        this.audience = audience.key();
        this.groupId = audience.groupId().orElse(null);
        this.permission = permission;
        this.state = state;
        this.opensAt = opensAt;
    }

    long getCategoryId() {
        return categoryId;
    }

    String getAudience() {
        return audience;
    }

    Permission getPermission() {
        return permission;
    }

    Cell cell() {
        return new Cell(state, opensAt, categoryId);
    }
}
