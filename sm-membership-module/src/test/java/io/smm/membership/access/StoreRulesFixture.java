package io.smm.membership.access;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.smm.membership.groups.GroupKind;
import io.smm.membership.groups.LocalizedName;

/** A store's category tree, groups and rules written as a test reads them, resolved into {@link StoreRules}. */
final class StoreRulesFixture {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    static final String STORE = "DEFAULT";

    private final Map<Long, Long> parents = new LinkedHashMap<>();
    private final List<CategoryAccessRule> rules = new ArrayList<>();
    private final List<CategoryAccess> accesses = new ArrayList<>();
    private final List<AudienceGroup> groups = new ArrayList<>();
    private final AccessSettings settings = AccessSettings.defaults(STORE);

    StoreRulesFixture category(long id, Long parent) {
        parents.put(id, parent);
        return this;
    }

    StoreRulesFixture tier(long id, String code, int rank) {
        groups.add(new AudienceGroup(id, code, GroupKind.TIER, rank, false, false, name(code)));
        return this;
    }

    StoreRulesFixture manual(long id, String code, boolean openToApply) {
        groups.add(new AudienceGroup(id, code, GroupKind.MANUAL, 0, openToApply, false, name(code)));
        return this;
    }

    StoreRulesFixture guestGroup(long id) {
        groups.add(new AudienceGroup(id, "GUESTS", GroupKind.MANUAL, 0, false, true, name("GUESTS")));
        return this;
    }

    StoreRulesFixture allow(long category, Audience audience, Permission permission) {
        return rule(category, audience, permission, RuleState.ALLOW, null);
    }

    StoreRulesFixture deny(long category, Audience audience, Permission permission) {
        return rule(category, audience, permission, RuleState.DENY, null);
    }

    /** Allowed from a local date-time in Taipei, as the owner enters it. */
    StoreRulesFixture allowFrom(long category, Audience audience, Permission permission, String localDateTime) {
        return rule(category, audience, permission, RuleState.ALLOW, taipei(localDateTime));
    }

    StoreRulesFixture rule(long category, Audience audience, Permission permission, RuleState state,
            Instant opensAt) {
        rules.add(new CategoryAccessRule(STORE, category, audience, permission, state, opensAt));
        return this;
    }

    StoreRulesFixture beforeOpening(long category, BeforeOpening choice) {
        CategoryAccess access = new CategoryAccess(STORE, category);
        access.change(choice, Instant.EPOCH);
        accesses.add(access);
        return this;
    }

    StoreRulesFixture settings(Unlisted unlisted, MultiCategory multiCategory) {
        settings.change(unlisted, multiCategory, Instant.EPOCH);
        return this;
    }

    StoreRules build() {
        return new StoreRules(parents, rules, accesses, settings, groups);
    }

    static Instant taipei(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TAIPEI).toInstant();
    }

    static ShopperAudiences guest(Long... groupIds) {
        return new ShopperAudiences(true, List.of(groupIds));
    }

    static ShopperAudiences customer(Long... groupIds) {
        return new ShopperAudiences(false, List.of(groupIds));
    }

    private static LocalizedName name(String code) {
        return new LocalizedName(code.charAt(0) + code.substring(1).toLowerCase(), null, null);
    }
}
