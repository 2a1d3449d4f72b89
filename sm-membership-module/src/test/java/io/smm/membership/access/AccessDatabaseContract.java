package io.smm.membership.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import io.smm.membership.catalog.CatalogNames;
import io.smm.membership.testdb.DatabaseContract;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * What category restriction must do on every database the host runs on: a category's rules saved and replaced, one
 * row per cell, every change bumping the store's stamp so that the views follow, and the settings row.
 */
abstract class AccessDatabaseContract extends DatabaseContract {

    private static final long SHOP = 101;
    private static final long CORNER = 102;

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { AccessWiring.class };
    }

    @Test
    void savesACategorysRulesAndReplacesThemAllOnTheNextSave() {
        CategoryAccessOwnerService owner = context.getBean(CategoryAccessOwnerService.class);
        long wholesale = groups.getByCode(STORE, "WHOLESALE").getId();

        owner.save(STORE, CORNER, draft(BeforeOpening.COMING, rule("GROUP:" + wholesale, Permission.BROWSE,
                RuleState.ALLOW, "2026-12-07T10:00"), rule("GUESTS", Permission.BROWSE, RuleState.DENY, null)),
                Locale.ENGLISH);
        CategoryAccessEntry replaced = owner.save(STORE, CORNER, draft(null,
                rule("MEMBERS", Permission.BUY, RuleState.DENY, null)), Locale.ENGLISH);

        assertThat(count("select count(*) from " + table("SMM_CATEGORY_ACCESS_RULE") + " where CATEGORY_ID = "
                + CORNER)).isEqualTo(1);
        assertThat(replaced.getBeforeOpening().getSet()).isNull();
        assertThat(replaced.getCells().get("MEMBERS").get("BUY").getSet()).isEqualTo("DENY");
        assertThat(replaced.getCells().get("GUESTS").get("BROWSE").getSet()).isNull();
        assertThat(replaced.getCells().get("GUESTS").get("BROWSE").isFromDefault()).isTrue();
    }

    @Test
    void keepsAnEarlyAccessAsTheLocalTimeTheOwnerEntered() {
        CategoryAccessOwnerService owner = context.getBean(CategoryAccessOwnerService.class);
        long wholesale = groups.getByCode(STORE, "WHOLESALE").getId();

        CategoryAccessEntry saved = owner.save(STORE, SHOP, draft(null, rule("GROUP:" + wholesale,
                Permission.BUY, RuleState.ALLOW, "2030-12-07T10:00")), Locale.ENGLISH);

        CellView cell = owner.entry(STORE, CORNER, Locale.ENGLISH).getCells().get("GROUP:" + wholesale).get("BUY");
        assertThat(saved.getCells().get("GROUP:" + wholesale).get("BUY").getOpensAt()).isEqualTo("2030-12-07T10:00");
        assertThat(cell.getEffective()).isEqualTo("NOT_YET");
        assertThat(cell.getEffectiveOpensAt()).isEqualTo("2030-12-07T10:00");
        assertThat(cell.getInheritedFrom()).isEqualTo(SHOP);
        owner.save(STORE, SHOP, draft(null), Locale.ENGLISH);
    }

    @Test
    void theDatabaseRefusesTheSameCellTwice() {
        String insert = "insert into " + table("SMM_CATEGORY_ACCESS_RULE") + " (STORE_CODE, CATEGORY_ID, "
                + "AUDIENCE_KIND, AUDIENCE, PERMISSION, STATE) values ('DEFAULT', 909, 'GUESTS', 'GUESTS', 'BUY', ?)";
        jdbc.update(insert, "DENY");

        assertThatThrownBy(() -> jdbc.update(insert, "ALLOW")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void everyChangeBumpsTheStoresStampAndTheViewsFollowIt() {
        CategoryAccessOwnerService owner = context.getBean(CategoryAccessOwnerService.class);
        CategoryAccessService views = context.getBean(CategoryAccessService.class);
        owner.save(STORE, CORNER, draft(null), Locale.ENGLISH);
        boolean listedBefore = views.viewOf(STORE, new ShopperAudiences(true, List.of())).ofCategory(CORNER)
                .isListed();
        long before = stamp();

        owner.save(STORE, CORNER, draft(null, rule("GUESTS", Permission.BROWSE, RuleState.DENY, null)),
                Locale.ENGLISH);
        long afterRule = stamp();
        AccessSettingsDraft settings = new AccessSettingsDraft();
        settings.setUnlisted(Unlisted.OPEN);
        settings.setMultiCategory(MultiCategory.ANY);
        owner.saveSettings(STORE, settings);

        assertThat(listedBefore).isTrue();
        assertThat(afterRule).isEqualTo(before + 1);
        assertThat(stamp()).isEqualTo(before + 2);
        assertThat(views.viewOf(STORE, new ShopperAudiences(true, List.of())).ofCategory(CORNER).isListed())
                .isFalse();
        assertThat(views.viewOf(STORE, new ShopperAudiences(true, List.of())).everyCategoryMustList()).isFalse();
        owner.save(STORE, CORNER, draft(null), Locale.ENGLISH);
        settings.setUnlisted(Unlisted.CLOSED);
        settings.setMultiCategory(MultiCategory.ALL);
        owner.saveSettings(STORE, settings);
    }

    @Test
    void theSettingsAreTheDefaultsUntilSavedThenOneRowPerStore() {
        CategoryAccessOwnerService owner = context.getBean(CategoryAccessOwnerService.class);
        AccessSettings defaults = owner.settings("OTHER");
        AccessSettingsDraft draft = new AccessSettingsDraft();
        draft.setUnlisted(Unlisted.OPEN);
        draft.setMultiCategory(MultiCategory.ALL);

        owner.saveSettings("OTHER", draft);
        draft.setUnlisted(Unlisted.CLOSED);
        AccessSettings saved = owner.saveSettings("OTHER", draft);

        assertThat(defaults.getUnlisted()).isEqualTo(Unlisted.CLOSED);
        assertThat(defaults.getMultiCategory()).isEqualTo(MultiCategory.ALL);
        assertThat(defaults.getUpdatedAt()).isNull();
        assertThat(saved.getUnlisted()).isEqualTo(Unlisted.CLOSED);
        assertThat(saved.getUpdatedAt()).isNotNull();
        assertThat(count("select count(*) from " + table("SMM_ACCESS_SETTINGS") + " where STORE_CODE = 'OTHER'"))
                .isEqualTo(1);
    }

    @Test
    void refusesBadRulesNamingEveryField() {
        CategoryAccessOwnerService owner = context.getBean(CategoryAccessOwnerService.class);
        CategoryAccessDraft draft = draft(null, rule("GROUP:999999", Permission.BROWSE, RuleState.ALLOW, null),
                rule("MEMBERS", null, null, "tomorrow"),
                rule("GUESTS", Permission.BUY, RuleState.DENY, "2030-01-01T00:00"),
                rule("GUESTS", Permission.BUY, RuleState.ALLOW, null),
                rule("vip", Permission.BUY, RuleState.ALLOW, null));

        assertThatThrownBy(() -> owner.save(STORE, CORNER, draft, Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("rules[0].audience",
                                "rules[1].permission", "rules[1].state", "rules[1].opensAt", "rules[2].opensAt",
                                "rules[3]", "rules[4].audience"));
        assertThat(count("select count(*) from " + table("SMM_CATEGORY_ACCESS_RULE") + " where CATEGORY_ID = "
                + CORNER)).isZero();
    }

    private long stamp() {
        return count("select STAMP from " + table("SMM_ACCESS_STAMP") + " where STORE_CODE = 'DEFAULT'");
    }

    private static CategoryAccessDraft draft(BeforeOpening beforeOpening, AccessRuleDraft... rules) {
        CategoryAccessDraft draft = new CategoryAccessDraft();
        draft.setBeforeOpening(beforeOpening);
        draft.setRules(List.of(rules));
        return draft;
    }

    static AccessRuleDraft rule(String audience, Permission permission, RuleState state, String opensAt) {
        AccessRuleDraft rule = new AccessRuleDraft();
        rule.setAudience(audience);
        rule.setPermission(permission);
        rule.setState(state);
        rule.setOpensAt(opensAt);
        return rule;
    }

    /** Category restriction on a tree of two categories: 101 Shop and 102 VIP corner under it. */
    @Configuration(proxyBeanMethods = false)
    @Import(AccessConfiguration.class)
    static class AccessWiring {

        @Bean
        CategoryTree categoryTree() {
            return new TwoCategories();
        }

        @Bean
        CatalogNames catalogNames() {
            return mock(CatalogNames.class);
        }

        @Bean
        ProductCategoryLookup productCategories() {
            return mock(ProductCategoryLookup.class);
        }
    }

    static final class TwoCategories implements CategoryTree {

        @Override
        public Map<Long, Long> parents(String storeCode) {
            Map<Long, Long> parents = new LinkedHashMap<>();
            parents.put(SHOP, null);
            parents.put(CORNER, SHOP);
            return parents;
        }

        @Override
        public List<CategoryNode> categories(String storeCode) {
            return parents(storeCode).entrySet().stream().map(category -> new CategoryNode(category.getKey(),
                    category.getValue(), "c" + category.getKey(), Map.of("en", "Category " + category.getKey()),
                    "en", 1)).collect(Collectors.toList());
        }

        @Override
        public Optional<List<Long>> categoriesOf(String storeCode, long productId) {
            return Optional.of(List.of(CORNER));
        }

        @Override
        public Map<Long, List<Long>> productCategories(String storeCode) {
            return Map.of(1L, List.of(CORNER));
        }
    }
}
